package org.oursociety.budget.discussion.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.oursociety.portal.api.schedule.ClusterOnce;

/** Every minute, on one instance at a time, asks the forum again for topics of proposals that have none yet. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DiscussionTimer {

    @Inject
    ClusterOnce once;

    @Inject
    DiscussionLinker linker;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void linkPending() {
        once.run("budget.discussion-links", linker::linkPending);
    }
}
