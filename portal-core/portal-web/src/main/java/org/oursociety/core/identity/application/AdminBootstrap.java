package org.oursociety.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.core.identity.domain.EmailAddress;
import org.oursociety.core.identity.domain.UserAccount;
import org.oursociety.core.identity.infrastructure.UserRepository;

/**
 * Creates the first platform administrator from {@code PORTAL_ADMIN_EMAIL} and
 * {@code PORTAL_ADMIN_PASSWORD} when no account has that address. The password is never logged.
 */
@ApplicationScoped
public class AdminBootstrap {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "portal.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> password;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Transactional
    public void createFirstAdmin() {
        if (email.isEmpty() || email.get().isBlank()) {
            return;
        }
        if (!EmailAddress.isPlausible(email.get())) {
            LOG.severe("PORTAL_ADMIN_EMAIL is not an email address; no administrator was created.");
            return;
        }
        if (password.isEmpty() || password.get().length() < MIN_PASSWORD_LENGTH) {
            LOG.severe("PORTAL_ADMIN_PASSWORD is missing or shorter than " + MIN_PASSWORD_LENGTH
                    + " characters; no administrator was created.");
            return;
        }
        if (users.byEmail(email.get()).isPresent()) {
            return;
        }
        users.add(UserAccount.platformAdministrator(email.get(), "Administrator", passwords.hash(password.get())));
        LOG.info("Created the platform administrator " + EmailAddress.normalise(email.get()));
    }
}
