package org.oursociety.forum.notification.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.portal.api.schedule.ClusterOnce;

/** Every ten seconds on every instance; {@link ClusterOnce} lets one of them send the digests that are due. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestTimer {

    private static final Logger LOG = Logger.getLogger(DigestTimer.class.getName());

    @Inject
    ClusterOnce once;

    @Inject
    NotificationService notifications;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        try {
            once.run("forum.digest", notifications::sendDueDigests);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forum digests failed this turn: {0}", e.getMessage());
        }
    }
}
