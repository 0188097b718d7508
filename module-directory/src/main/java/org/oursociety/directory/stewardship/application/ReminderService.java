package org.oursociety.directory.stewardship.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.directory.stewardship.infrastructure.StewardshipStore;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.mail.MailQueue;
import org.oursociety.portal.api.mail.ModuleMail;

/**
 * Mails the editors of every listing not checked for {@code directory.reminder-months} (6 by default) once,
 * and records that it did, so a second run (another instance, the next hour) finds nothing to do. Checking the
 * listing (or changing it) starts the count again.
 */
@ApplicationScoped
public class ReminderService {

    static final int BATCH = 200;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    MailQueue mail;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "directory.reminder-months", defaultValue = "6")
    int months;

    Clock clock = Clock.systemUTC();
    private StewardshipStore store;

    @PostConstruct
    void init() {
        store = new StewardshipStore(dataSource);
    }

    /** Sends the reminders due at {@code now}; returns how many listings were reminded about. */
    @Transactional
    public int remindDue(Instant now) {
        Instant dueBefore = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        List<StewardshipStore.Organization> due = StewardshipService.read(() -> store.dueForReminder(dueBefore, BATCH));
        for (StewardshipStore.Organization org : due) {
            for (UUID editor : StewardshipService.read(() -> store.editors(org.id()))) {
                mail.recipient(editor).ifPresent(r -> mail.queue(ModuleMail.text(r.email(),
                        StewardshipService.say(r.language(), "mail.reminder.subject", org.name()),
                        StewardshipService.say(r.language(), "mail.reminder.body", org.name(), months,
                                mail.link("/directory/" + org.areaSlug() + "/organization.xhtml?id=" + org.id())),
                        "directory-reminder")));
            }
            StewardshipService.write(() -> store.reminded(org.id(), now));
            audit.recordBySystem(AuditEvent.of("directory.reminded", "organization", org.id(), org.name())
                    .inArea(org.areaSlug()));
        }
        return due.size();
    }

    @Transactional
    public int remindDue() {
        return remindDue(clock.instant());
    }
}
