package org.oursociety.directory.imports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;

/**
 * The audit entries of an import job, each in a transaction of its own: the job starts in a request that
 * must not hold a transaction open while a large file is uploaded, and ends on a worker thread.
 */
@ApplicationScoped
class ImportAudit {

    @Inject
    AuditTrail audit;

    @Transactional
    void started(AuditEvent event) {
        audit.record(event);
    }

    @Transactional
    void finished(AuditEvent event) {
        audit.recordBySystem(event);
    }
}
