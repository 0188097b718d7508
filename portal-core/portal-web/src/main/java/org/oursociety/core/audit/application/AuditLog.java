package org.oursociety.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.oursociety.core.admin.application.PlatformAccess;
import org.oursociety.core.audit.domain.AuditActor;
import org.oursociety.core.audit.domain.AuditEntry;
import org.oursociety.core.audit.domain.AuditQuery;
import org.oursociety.core.audit.domain.AuditTarget;
import org.oursociety.core.audit.infrastructure.AuditRepository;
import org.oursociety.core.platform.Page;
import org.oursociety.portal.api.audit.AuditDetails;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.web.ClientAddress;

/**
 * The audit log: who did what to what, when, and from which address. Any feature records its
 * security-relevant actions here (user administration, sign-in locks; area and role changes next).
 *
 * <pre>{@code
 * @Inject AuditLog audit;
 *
 * @Transactional
 * public void grantAreaRole(...) {
 *     ... the change ...
 *     audit.record("area.role-granted", AuditTarget.of("user", user.id(), user.email()),
 *             Map.of("area", area.slug(), "role", role));
 * }
 * }</pre>
 *
 * <p>An entry is written in the caller's transaction (MANDATORY: without one, the entry could be
 * committed for a change that then fails), so it exists exactly when the change does. The actor is the
 * signed-in caller of the current request and the address is the request's, or nobody and none
 * outside a request. Details are a flat JSON object of strings; keep secrets and passwords out.
 */
@ApplicationScoped
public class AuditLog {

    /** The admin page and API show this many entries per page. */
    public static final int PAGE_SIZE = 50;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClientAddress clientAddress;

    Clock clock = Clock.systemUTC();

    @Inject
    AuditRepository store;

    @Inject
    PlatformAccess platform;

    /** For CDI. */
    public AuditLog() {
    }

    /** Outside the container (tests): no request, so no caller and no address. */
    public AuditLog(AuditRepository store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }


    /** Records an action of the current request's caller (or nobody, for an anonymous request). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, AuditTarget target, Map<String, String> details) {
        String address = clientAddress == null ? null : clientAddress.current().orElse(null);
        write(new AuditEntry(UUID.randomUUID(), OffsetDateTime.now(clock), caller(), action, target, address,
                json(details)));
    }

    /** Records an action nobody signed in did (e.g. a sign-in lock), from the given address. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAnonymous(String action, AuditTarget target, String fromAddress, Map<String, String> details) {
        write(new AuditEntry(UUID.randomUUID(), OffsetDateTime.now(clock), AuditActor.NOBODY, action, target,
                fromAddress, json(details)));
    }

    /** Newest first, {@link #PAGE_SIZE} a page; platform admins only. */
    public Page<AuditEntry> find(AuditQuery query, int page) {
        requireReader();
        try {
            return store.find(query, page, PAGE_SIZE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit log", e);
        }
    }

    /** Refuses (401, 403) anyone but a platform admin: the log names people and their addresses. */
    public void requireReader() {
        platform.require(currentUser == null ? null : currentUser.user().orElse(null));
    }

    private void write(AuditEntry entry) {
        try {
            store.insert(entry);
        } catch (SQLException e) {
            // Unchecked, so the caller's transaction rolls back: an action that cannot be audited is not done.
            throw new IllegalStateException("Cannot write to the audit log", e);
        }
    }

    private AuditActor caller() {
        if (currentUser == null) {
            return AuditActor.NOBODY;
        }
        try {
            return currentUser.user().map(AuditLog::actor).orElse(AuditActor.NOBODY);
        } catch (ContextNotActiveException noRequest) {
            return AuditActor.NOBODY;
        }
    }

    static AuditActor actor(PortalUser user) {
        return new AuditActor(user.id(), user.email(), user.displayName());
    }

    private static String json(Map<String, String> details) {
        return AuditDetails.toJson(details);
    }
}
