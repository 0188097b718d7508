package org.oursociety.core.privacy.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.core.identity.application.PasswordHasher;
import org.oursociety.core.privacy.domain.Erasure;
import org.oursociety.core.privacy.domain.PersonalDataExport;
import org.oursociety.core.privacy.infrastructure.ModuleDataParts;
import org.oursociety.core.privacy.infrastructure.PersonalDataRepository;
import org.oursociety.portal.api.internal.module.ModuleRegistry;
import org.oursociety.portal.api.security.PortalUser;

/**
 * A resident's rights over their data: a copy of everything (access) and deleting the account
 * (erasure). See docs/PRIVACY.md for what is kept and why.
 *
 * <p>No JTA transaction: the store runs its own JDBC transaction, and the export waits on HTTP
 * calls to the modules, which no database transaction should span.
 */
@ApplicationScoped
public class PrivacyService {

    /** How long an export waits for a module's part before marking it unavailable. */
    static final Duration MODULE_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_PASSWORD_LENGTH = 1024;
    private static final Logger LOG = Logger.getLogger(PrivacyService.class.getName());

    @Inject
    ModuleRegistry registry;

    @Inject
    PasswordHasher passwords;

    @Inject
    @ConfigProperty(name = "portal.http.port", defaultValue = "8080")
    int httpPort;

    @Inject
    PersonalDataRepository store;
    private ModuleDataParts moduleParts;

    @PostConstruct
    void init() {
        moduleParts = new ModuleDataParts(httpPort, MODULE_TIMEOUT);
    }

    /**
     * Everything about the signed-in user; empty if their account no longer exists.
     *
     * @param token the user's own session token, with which the modules are asked for their parts
     */
    public Optional<PersonalDataExport> export(PortalUser user, String token) {
        try {
            Optional<Map<String, Object>> account = store.account(user.id());
            if (account.isEmpty()) {
                return Optional.empty();
            }
            String email = String.valueOf(account.get().get("email"));
            return Optional.of(new PersonalDataExport(PersonalDataExport.FORMAT, Instant.now(), account.get(),
                    store.sessions(user.id()), store.mails(email), store.residence(user.id()),
                    moduleParts.fetch(registry.active(), token)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the personal data of an account", e);
        }
    }

    /** Deletes the signed-in user's account if {@code password} is theirs; see {@link PersonalDataRepository#erase}. */
    public Erasure deleteAccount(PortalUser user, String password) {
        if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
            return Erasure.WRONG_PASSWORD;
        }
        try {
            Erasure outcome = store.erase(user.id(), hash -> hash != null && passwords.matches(password, hash));
            if (outcome == Erasure.ERASED) {
                LOG.info(() -> "Account " + user.id() + " was deleted by its owner");
            }
            return outcome;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete an account", e);
        }
    }
}
