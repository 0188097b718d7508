package org.oursociety.core.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Reads {@link MailSettings} once per deployment; a change of SMTP server needs a restart, like the database. */
@ApplicationScoped
public class MailSettingsProducer {

    @Inject
    Config config;

    /** {@code @Singleton}, not {@code @ApplicationScoped}: a record is final and cannot be proxied. */
    @Produces
    @Singleton
    MailSettings settings() {
        return MailSettings.from(config);
    }
}
