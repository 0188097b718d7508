package org.oursociety.directory.authoring.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oursociety.directory.authoring.domain.WeeklyHours;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.listing.application.ImportReport;
import org.oursociety.directory.listing.application.ImportService;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.directory.stewardship.application.StewardshipService;
import org.oursociety.directory.stewardship.domain.EditableFields;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;

/**
 * New listings and their opening hours, from the pages and the management API. Area admins
 * ({@code directory.manage}) add organisations; an organisation's editors (and area admins) add its services
 * and set their hours. The fields follow the editing rules ({@link EditableFields}); the record is then
 * written by the importer, so it gets the same checks, HSDS metadata (its creation in the change log) and
 * derived search columns as imported data, and is published at once through the HSDS API.
 */
@ApplicationScoped
public class AuthoringService {

    private static final String BUNDLE = DirectoryPermissions.BUNDLE;

    @Inject
    ImportService imports;

    @Inject
    StewardshipService stewardship;

    @Inject
    AreaAccess access;

    @Inject
    AuditTrail audit;

    /** An organisation in an area: {@code name}, {@code description}, and optionally email and website. */
    @Transactional
    public String createOrganization(PortalUser actor, String area, JsonNode fields) {
        if (actor == null) {
            throw Refusal.signInFirst();
        }
        if (!access.can(actor, DirectoryPermissions.MANAGE, area)) {
            throw Refusal.notAllowed();
        }
        checked("organization", fields, Map.of());
        String id = UUID.randomUUID().toString();
        ObjectNode document = EditableFields.apply(HsdsStore.JSON.createObjectNode().put("id", id), fields);
        document.remove("status"); // a new organisation is active, as an imported one is; editors change it after
        // HSDS records carry no type and the importer tells one by its fields: name and description alone
        // would not say "organisation", an (empty) list of services does; the importer keeps it out of the document
        document.putArray("services");
        written(imports.load(area, actor.email(), document));
        audit.record(AuditEvent.of("directory.created", "organization", id, document.path("name").asText()).inArea(area));
        return id;
    }

    /** A service of an organisation, with its weekly hours ({@code hours}, see {@link WeeklyHours#read}). */
    @Transactional
    public String createService(PortalUser actor, String organizationId, JsonNode fields) {
        String area = editable(actor, organizationId);
        ObjectNode given = fields != null && fields.isObject() ? ((ObjectNode) fields).deepCopy() : HsdsStore.JSON.createObjectNode();
        JsonNode lines = given.remove("hours");
        List<WeeklyHours> hours = new ArrayList<>();
        checked("service", given, WeeklyHours.read(lines, hours));
        String id = UUID.randomUUID().toString();
        ObjectNode document = EditableFields.apply(HsdsStore.JSON.createObjectNode().put("id", id)
                .put("organization_id", organizationId), given);
        if (!document.has("status")) {
            document.put("status", "active");
        }
        document.set("schedules", WeeklyHours.toSchedules(hours, id));
        written(imports.load(area, actor.email(), document));
        audit.record(AuditEvent.of("directory.created", "service", id, document.path("name").asText()).inArea(area)
                .with("organization", organizationId));
        return id;
    }

    /** Replaces a service's weekly hours; schedules the form cannot show (monthly ones) are kept. */
    @Transactional
    public void setHours(PortalUser actor, String serviceId, JsonNode lines) {
        String organizationId = stewardship.organizationOfService(serviceId);
        if (organizationId == null) {
            throw Refusal.notFound();
        }
        String area = editable(actor, organizationId);
        List<WeeklyHours> hours = new ArrayList<>();
        Map<String, String> wrong = WeeklyHours.read(lines == null || lines.isNull()
                ? HsdsStore.JSON.createArrayNode() : lines, hours);
        if (!wrong.isEmpty()) {
            throw refusal(wrong);
        }
        ObjectNode document = ((ObjectNode) stewardship.document("service", serviceId)).deepCopy();
        var schedules = WeeklyHours.toSchedules(hours, serviceId);
        JsonNode before = document.get("schedules");
        if (before != null && before.isArray()) {
            for (JsonNode s : before) {
                if (!s.path("freq").asText("WEEKLY").equals("WEEKLY")) {
                    schedules.add(s);
                }
            }
        }
        document.set("schedules", schedules);
        written(imports.load(area, actor.email(), document));
        audit.record(AuditEvent.of("directory.changed", "service", serviceId, document.path("name").asText())
                .inArea(area).with("fields", "schedules"));
    }

    /** The organisation's area, when the actor may edit it. */
    private String editable(PortalUser actor, String organizationId) {
        if (actor == null) {
            throw Refusal.signInFirst();
        }
        String area = stewardship.areaOfOrganization(organizationId).orElseThrow(Refusal::notFound);
        if (!stewardship.mayEdit(actor, organizationId)) {
            throw Refusal.notAllowed();
        }
        return area;
    }

    /** Every wrong field at once: the editing rules, and name and description being there at all. */
    private static void checked(String type, JsonNode fields, Map<String, String> alsoWrong) {
        Map<String, String> wrong = new LinkedHashMap<>();
        boolean empty = fields == null || !fields.isObject() || fields.isEmpty();
        if (!empty) {
            wrong.putAll(EditableFields.check(type, fields));
        }
        for (String required : List.of("name", "description")) {
            if (empty || !fields.hasNonNull(required)) {
                wrong.putIfAbsent(required, "change.required");
            }
        }
        wrong.putAll(alsoWrong);
        if (!wrong.isEmpty()) {
            throw refusal(wrong);
        }
    }

    private static Refusal refusal(Map<String, String> wrong) {
        Map<String, Message> fields = new LinkedHashMap<>();
        wrong.forEach((field, key) -> fields.put(field, new Message(BUNDLE, key)));
        return Refusal.invalid(fields);
    }

    /** The importer's own checks passed too; else nothing is kept (the transaction rolls back). */
    private static void written(ImportReport report) {
        if (!report.problems().isEmpty()) {
            ImportReport.Problem first = report.problems().get(0);
            throw Refusal.invalid(first.field().isEmpty() ? "body" : first.field(),
                    new Message(BUNDLE, "listing.invalid", first.field(), first.message()));
        }
    }
}
