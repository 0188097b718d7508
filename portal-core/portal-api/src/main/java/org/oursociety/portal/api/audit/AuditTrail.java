package org.oursociety.portal.api.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.web.ClientAddress;

/**
 * How a module writes to the core's audit log ({@code core.audit_entry}), the one that platform
 * administrators read at {@code /admin/audit.xhtml}: the signed-in caller, the request's address, and
 * the {@link AuditEvent}, in the caller's transaction, so an entry exists exactly when the change does.
 */
@ApplicationScoped
public class AuditTrail {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClientAddress clientAddress;

    Clock clock = Clock.systemUTC();

    /** For CDI. */
    public AuditTrail() {
    }

    /** Outside the container (tests): no request, so no caller and no address. */
    public AuditTrail(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Records what the current request's caller did (nobody, for timers and anonymous requests). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        write(event, caller(), address());
    }

    /** Records what the system did by itself, e.g. a scheduled phase change or a post hidden by flags. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(AuditEvent event) {
        write(event, Optional.empty(), null);
    }

    private void write(AuditEvent event, Optional<PortalUser> actor, String address) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into core.audit_entry (id, occurred_at, actor_id, actor_email, actor_name, action,"
                        + " target_type, target_id, target_label, client_address, details)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, clock.instant().atOffset(ZoneOffset.UTC));
            s.setObject(3, actor.map(PortalUser::id).orElse(null));
            s.setString(4, actor.map(PortalUser::email).orElse(null));
            s.setString(5, actor.map(PortalUser::displayName).orElse(null));
            s.setString(6, event.action());
            s.setString(7, event.targetType());
            s.setString(8, event.targetId());
            s.setString(9, event.targetLabel());
            s.setString(10, address);
            s.setString(11, AuditDetails.toJson(event.details()));
            s.executeUpdate();
        } catch (SQLException e) {
            // Unchecked, so the caller's transaction rolls back: an action that cannot be audited is not done.
            throw new IllegalStateException("Cannot write to the audit log", e);
        }
    }

    private Optional<PortalUser> caller() {
        if (currentUser == null) {
            return Optional.empty();
        }
        try {
            return currentUser.user();
        } catch (ContextNotActiveException noRequest) {
            return Optional.empty();
        }
    }

    private String address() {
        return clientAddress == null ? null : clientAddress.current().orElse(null);
    }
}
