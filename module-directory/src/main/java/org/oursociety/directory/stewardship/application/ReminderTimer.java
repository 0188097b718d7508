package org.oursociety.directory.stewardship.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.portal.api.schedule.ClusterOnce;

/** Every hour, on one instance at a time: the reminders to check listings. */
@Singleton
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Inject
    ClusterOnce once;

    @Inject
    ReminderService reminders;

    @Schedule(minute = "17", hour = "*", persistent = false)
    void hourly() {
        try {
            once.run("directory.reminders", reminders::remindDue);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Directory reminders failed; the next hour tries again", e);
        }
    }
}
