package org.oursociety.core.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.List;
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditEntry;
import org.oursociety.core.audit.domain.AuditQuery;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.core.platform.Page;

/**
 * {@code GET /api/admin/audit?action=&actor=&target=&from=&to=&page=}: the audit log, newest first,
 * 50 a page. Platform admins only ({@link AuditLog#requireReader()}).
 */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    public AuditPage list(@QueryParam("action") String action, @QueryParam("actor") String actor,
                          @QueryParam("target") String target, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("page") String page) {
        audit.requireReader(); // before the parameters, so that only platform admins learn what is wrong with them
        AuditQuery query;
        int number;
        try {
            query = AuditQuery.parse(action, actor, target, from, to);
        } catch (AuditQuery.Invalid e) {
            throw CoreRefusal.badInput("input.sentence", e.getMessage()).at(e.field());
        }
        try {
            number = Page.number(page);
        } catch (IllegalArgumentException e) {
            throw CoreRefusal.badInput("input.sentence", e.getMessage()).at("page");
        }
        Page<AuditEntry> found = audit.find(query, number);
        return new AuditPage(found.items().stream().map(AuditJson::of).toList(), found.page(), found.pageSize(),
                found.total());
    }

    /** One page of entries. */
    public record AuditPage(List<AuditJson> items, int page, int pageSize, long total) {
    }

    /** One entry; {@code actor}, {@code target}, {@code clientAddress} and {@code details} are left out when there is none. */
    public record AuditJson(String id, String occurredAt, Actor actor, String action, Target target,
                            String clientAddress, JsonObject details) {

        static AuditJson of(AuditEntry e) {
            Actor actor = e.actor().isNobody() ? null
                    : new Actor(e.actor().id().toString(), e.actor().email(), e.actor().name());
            Target target = e.target() == null ? null
                    : new Target(e.target().type(), e.target().id(), e.target().label());
            JsonObject details = e.detailsJson() == null ? null
                    : Json.createReader(new StringReader(e.detailsJson())).readObject();
            return new AuditJson(e.id().toString(), e.occurredAt().toInstant().toString(), actor, e.action(), target,
                    e.clientAddress(), details);
        }
    }

    public record Actor(String id, String email, String name) {
    }

    public record Target(String type, String id, String label) {
    }
}
