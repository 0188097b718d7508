package org.oursociety.directory.follow.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.portal.api.schedule.ClusterOnce;

/**
 * On one instance at a time: every ten minutes the daily and weekly digests of followed organisations' news;
 * every hour the erasure of deleted accounts' follows.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestTimer {

    private static final Logger LOG = Logger.getLogger(DigestTimer.class.getName());

    @Inject
    ClusterOnce once;

    @Inject
    FollowService follows;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void digests() {
        try {
            once.run("directory.follow-digests", follows::sendDigests);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Follow digests failed; the next run tries again", e);
        }
    }

    @Schedule(minute = "17", hour = "*", persistent = false)
    void erase() {
        try {
            once.run("directory.follow-erase", follows::forgetDeletedAccounts);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Erasing deleted accounts' follows failed; the next run tries again", e);
        }
    }
}
