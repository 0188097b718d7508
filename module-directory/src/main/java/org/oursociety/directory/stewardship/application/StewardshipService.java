package org.oursociety.directory.stewardship.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.directory.listing.application.DirectoryAreas;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.listing.application.HsdsImporter;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.directory.listing.infrastructure.HsdsStore.Table;
import org.oursociety.directory.stewardship.domain.EditableFields;
import org.oursociety.directory.stewardship.infrastructure.StewardshipStore;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaRole;
import org.oursociety.portal.api.area.AreaRoleHolders;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.mail.MailQueue;
import org.oursociety.portal.api.mail.ModuleMail;
import org.oursociety.portal.api.privacy.MemberNames;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;

/**
 * Keeping listings true. A member claims an organisation; an area admin ({@code directory.manage}) approves and
 * the claimant becomes its editor, who may add editors. Editors (and area admins) change a listing at once;
 * anyone else's change waits as a suggestion, shown field by field, until an editor or admin approves it.
 * Residents report listings; the report is mailed to the editors. Every change is in HSDS metadata and the
 * audit log; nothing is deleted.
 */
@ApplicationScoped
public class StewardshipService {

    private static final String BUNDLE = DirectoryPermissions.BUNDLE;
    private static final Set<String> REASONS = Set.of("out-of-date", "closed", "other");

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    AreaAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    MailQueue mail;

    @Inject
    DirectoryAreas areas;

    @Inject
    AreaRoleHolders roleHolders;

    Clock clock = Clock.systemUTC();
    private StewardshipStore store;
    private HsdsStore records;
    private MemberNames members;

    /** What a change did: applied at once, or waiting as a suggestion. */
    public record ChangeResult(String outcome, UUID suggestion) {
    }

    /** One field of a suggestion: what the listing says now and what is proposed. */
    public record FieldChange(String field, JsonNode current, JsonNode proposed) {
    }

    /** A suggestion as editors see it. */
    public record SuggestionView(UUID id, String recordType, String recordId, String recordName, String organizationId,
                                 String by, Instant createdAt, String status, List<FieldChange> fields) {
    }

    @PostConstruct
    void init() {
        store = new StewardshipStore(dataSource);
        records = new HsdsStore(dataSource);
        members = new MemberNames(dataSource);
    }

    // ---- claims and editors --------------------------------------------------------------------------

    @Transactional
    public UUID claim(PortalUser user, String organizationId, String message) {
        PortalUser member = signedIn(user);
        StewardshipStore.Organization org = organization(organizationId);
        if (read(() -> store.isEditor(org.id(), member.id()))) {
            throw Refusal.of(Refusal.Kind.CONFLICT, new Message(BUNDLE, "claim.editor-already"));
        }
        String text = message == null ? "" : message.strip();
        if (text.length() > 2000) {
            throw Refusal.invalid("message", new Message(BUNDLE, "change.too-long.long"));
        }
        UUID id = read(() -> store.claim(org.id(), member.id(), text, clock.instant()))
                .orElseThrow(() -> Refusal.of(Refusal.Kind.CONFLICT, new Message(BUNDLE, "claim.pending-already")));
        audit.record(AuditEvent.of("directory.claimed", "organization", org.id(), org.name()).inArea(org.areaSlug()));
        return id;
    }

    public List<StewardshipStore.Claim> pendingClaims(PortalUser actor, String area) {
        requireManage(actor, area);
        return read(() -> store.pendingClaims(areas.withSubAreas(area).orElse(List.of(area))));
    }

    @Transactional
    public void decideClaim(PortalUser actor, UUID claimId, boolean approve) {
        PortalUser admin = signedIn(actor);
        StewardshipStore.Claim claim = read(() -> store.lockClaim(claimId)).orElseThrow(Refusal::notFound);
        StewardshipStore.Organization org = organization(claim.organizationId());
        requireManage(admin, org.areaSlug());
        if (!"pending".equals(claim.status())) {
            throw Refusal.of(Refusal.Kind.CONFLICT, new Message(BUNDLE, "claim.decided-already"));
        }
        Instant now = clock.instant();
        write(() -> store.decideClaim(claimId, approve, admin.id(), now));
        if (approve) {
            write(() -> store.addEditor(org.id(), claim.userId(), admin.id(), now));
        }
        audit.record(AuditEvent.of(approve ? "directory.claim-approved" : "directory.claim-rejected", "organization",
                org.id(), org.name()).inArea(org.areaSlug()));
        mail.recipient(claim.userId()).ifPresent(r -> mail.queue(ModuleMail.text(r.email(),
                say(r.language(), approve ? "mail.claim.approved.subject" : "mail.claim.rejected.subject", org.name()),
                say(r.language(), approve ? "mail.claim.approved.body" : "mail.claim.rejected.body", org.name(),
                        mail.link("/directory/" + org.areaSlug() + "/organization.xhtml?id=" + org.id())),
                "directory-claim")));
    }

    @Transactional
    public void addEditor(PortalUser actor, String organizationId, String email) {
        PortalUser editor = signedIn(actor);
        StewardshipStore.Organization org = organization(organizationId);
        requireEdit(editor, org);
        UUID newEditor = read(() -> email == null ? Optional.<UUID>empty() : members.idOf(email.strip()))
                .orElseThrow(() -> Refusal.invalid("email", new Message(BUNDLE, "editor.unknown")));
        if (read(() -> store.addEditor(org.id(), newEditor, editor.id(), clock.instant()))) {
            audit.record(AuditEvent.of("directory.editor-added", "organization", org.id(), org.name())
                    .inArea(org.areaSlug()));
        }
    }

    public boolean mayEdit(PortalUser user, String organizationId) {
        if (user == null) {
            return false;
        }
        return read(() -> store.organization(organizationId)).map(org -> canEdit(user, org)).orElse(false);
    }

    /** The area an organisation is listed in, if it exists. */
    public Optional<String> areaOfOrganization(String organizationId) {
        return read(() -> organizationId == null ? Optional.<StewardshipStore.Organization>empty()
                : store.organization(organizationId)).map(StewardshipStore.Organization::areaSlug);
    }

    /** A listing's current HSDS document, or null. */
    public JsonNode document(String recordType, String recordId) {
        return read(() -> records.lock(table(recordType), recordId)).map(HsdsStore.Existing::document).orElse(null);
    }

    /** The organisation a service belongs to, or null. */
    public String organizationOfService(String serviceId) {
        return read(() -> store.organizationOfService(serviceId)).orElse(null);
    }

    public List<StewardshipStore.Organization> editedBy(PortalUser user) {
        return read(() -> store.editedBy(signedIn(user).id()));
    }

    // ---- changes and suggestions ---------------------------------------------------------------------

    /** Applies an editor's change at once; anyone else's becomes a suggestion. */
    @Transactional
    public ChangeResult change(PortalUser actor, String recordType, String recordId, JsonNode changes) {
        PortalUser member = signedIn(actor);
        Table table = table(recordType);
        HsdsStore.Existing existing = read(() -> records.lock(table, recordId)).orElseThrow(Refusal::notFound);
        StewardshipStore.Organization org = organizationOf(recordType, recordId);
        Map<String, String> wrong = EditableFields.check(recordType, changes);
        if (!wrong.isEmpty()) {
            Map<String, Message> fields = new LinkedHashMap<>();
            wrong.forEach((field, key) -> fields.put(field, new Message(BUNDLE, key)));
            throw Refusal.invalid(fields);
        }
        if (canEdit(member, org)) {
            apply(member.email(), table, recordId, existing.document(), changes);
            audit.record(AuditEvent.of("directory.changed", recordType, recordId, existing.document().path("name").asText())
                    .inArea(org.areaSlug()).with("fields", String.join(",", fieldNames(changes))));
            return new ChangeResult("applied", null);
        }
        UUID id = read(() -> store.suggest(recordType, recordId, org.id(), member.id(), changes, clock.instant()));
        audit.record(AuditEvent.of("directory.suggested", recordType, recordId, existing.document().path("name").asText())
                .inArea(org.areaSlug()));
        for (UUID editor : read(() -> store.editors(org.id()))) {
            mail.recipient(editor).ifPresent(r -> mail.queue(ModuleMail.text(r.email(),
                    say(r.language(), "mail.suggestion.subject", existing.document().path("name").asText()),
                    say(r.language(), "mail.suggestion.body", existing.document().path("name").asText(),
                            mail.link("/directory/" + org.areaSlug() + "/organization.xhtml?id=" + org.id())),
                    "directory-suggestion")));
        }
        return new ChangeResult("suggested", id);
    }

    /** Pending suggestions for an organisation's listing, field by field, for its editors and area admins. */
    public List<SuggestionView> suggestions(PortalUser actor, String organizationId) {
        StewardshipStore.Organization org = organization(organizationId);
        requireEdit(signedIn(actor), org);
        return read(() -> store.pendingSuggestions(org.id())).stream().map(this::view).toList();
    }

    /** Pending suggestions of an area (and those below it), for area admins. */
    public List<SuggestionView> suggestionsIn(PortalUser actor, String area) {
        requireManage(actor, area);
        return read(() -> store.pendingSuggestionsIn(areas.withSubAreas(area).orElse(List.of(area)))).stream()
                .map(this::view).toList();
    }

    @Transactional
    public void decideSuggestion(PortalUser actor, UUID suggestionId, boolean approve) {
        PortalUser member = signedIn(actor);
        StewardshipStore.Suggestion suggestion = read(() -> store.lockSuggestion(suggestionId)).orElseThrow(Refusal::notFound);
        StewardshipStore.Organization org = organization(suggestion.organizationId());
        requireEdit(member, org);
        if (!"pending".equals(suggestion.status())) {
            throw Refusal.of(Refusal.Kind.CONFLICT, new Message(BUNDLE, "suggestion.decided-already"));
        }
        Table table = table(suggestion.recordType());
        HsdsStore.Existing existing = read(() -> records.lock(table, suggestion.recordId())).orElseThrow(Refusal::notFound);
        if (approve) {
            Map<String, String> wrong = EditableFields.check(suggestion.recordType(), suggestion.changes());
            if (!wrong.isEmpty()) {
                throw Refusal.of(Refusal.Kind.CONFLICT, new Message(BUNDLE, "suggestion.no-longer-valid"));
            }
            apply(member.email(), table, suggestion.recordId(), existing.document(), suggestion.changes());
        }
        write(() -> store.decideSuggestion(suggestionId, approve, member.id(), clock.instant()));
        audit.record(AuditEvent.of(approve ? "directory.suggestion-approved" : "directory.suggestion-rejected",
                suggestion.recordType(), suggestion.recordId(), existing.document().path("name").asText())
                .inArea(org.areaSlug()));
    }

    /** An editor confirms the listing is still right: checked today, no reminder until the next due date. */
    @Transactional
    public void verify(PortalUser actor, String organizationId) {
        StewardshipStore.Organization org = organization(organizationId);
        requireEdit(signedIn(actor), org);
        write(() -> store.verified(org.id(), clock.instant()));
        write(() -> records.recordChange(org.id(), "organization", clock.instant(), "verify", "last_verified", "", "",
                actor.email()));
        audit.record(AuditEvent.of("directory.verified", "organization", org.id(), org.name()).inArea(org.areaSlug()));
    }

    // ---- reports -------------------------------------------------------------------------------------

    /** A resident's report on a listing, mailed to its editors and the area's admins; anyone may report. */
    @Transactional
    public UUID report(Optional<PortalUser> reader, String recordType, String recordId, String reason, String details) {
        Table table = table(recordType);
        HsdsStore.Existing existing = read(() -> records.lock(table, recordId)).orElseThrow(Refusal::notFound);
        Map<String, Message> wrong = new LinkedHashMap<>();
        if (reason == null || !REASONS.contains(reason)) {
            wrong.put("reason", new Message(BUNDLE, "report.reason"));
        }
        String text = details == null ? "" : details.strip();
        if (text.length() > 2000) {
            wrong.put("details", new Message(BUNDLE, "change.too-long.long"));
        }
        if ("other".equals(reason) && text.isEmpty()) {
            wrong.put("details", new Message(BUNDLE, "report.details"));
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalid(wrong);
        }
        Optional<StewardshipStore.Organization> org = "organization".equals(recordType)
                ? read(() -> store.organization(recordId))
                : read(() -> store.organizationOfService(recordId)).flatMap(id -> read(() -> store.organization(id)));
        String area = existing.areaSlug();
        String name = existing.document().path("name").asText();
        UUID id = read(() -> store.report(recordType, recordId, org.map(StewardshipStore.Organization::id).orElse(null),
                area, reason, text, reader.map(PortalUser::id).orElse(null), clock.instant()));
        audit.record(AuditEvent.of("directory.reported", recordType, recordId, name).inArea(area).with("reason", reason));
        java.util.Set<UUID> told = new java.util.LinkedHashSet<>();
        org.ifPresent(o -> told.addAll(read(() -> store.editors(o.id()))));
        told.addAll(roleHolders.holders(area, AreaRole.AREA_ADMIN));
        for (UUID person : told) {
            mail.recipient(person).ifPresent(r -> mail.queue(ModuleMail.text(r.email(),
                    say(r.language(), "mail.report.subject", name),
                    say(r.language(), "mail.report.body", name, say(r.language(), "report.reason." + reason), text,
                            mail.link("/directory/" + area + "/" + recordType + ".xhtml?id=" + recordId)),
                    "directory-report")));
        }
        return id;
    }

    public List<StewardshipStore.Report> reports(PortalUser actor, String area) {
        requireManage(actor, area);
        return read(() -> store.reportsIn(areas.withSubAreas(area).orElse(List.of(area))));
    }

    // ---- rules ---------------------------------------------------------------------------------------

    private void apply(String by, Table table, String id, JsonNode before, JsonNode changes) {
        Instant now = clock.instant();
        ObjectNode changed = EditableFields.apply((ObjectNode) before, changes);
        if (table == Table.ORGANIZATION) {
            String status = changed.has("status") ? changed.remove("status").asText()
                    : read(() -> records.statusOf(table, id)).orElse("active");
            write(() -> records.changeOrganization(id, changed, status, now));
        } else {
            write(() -> records.changeService(id, changed, HsdsImporter.isFree(changed), now));
        }
        for (String field : fieldNames(changes)) {
            JsonNode was = EditableFields.valueIn(before, field);
            JsonNode is = EditableFields.valueIn(changed, field);
            if (!was.equals(is) || field.equals("status")) {
                write(() -> records.recordChange(id, table.hsdsName(), now, "update", field,
                        was.isNull() ? "" : was.asText(), changes.get(field).isNull() ? "" : changes.get(field).asText(), by));
            }
        }
    }

    private SuggestionView view(StewardshipStore.Suggestion s) {
        JsonNode current = read(() -> records.lock(table(s.recordType()), s.recordId()))
                .map(HsdsStore.Existing::document).orElse(null);
        List<FieldChange> fields = new ArrayList<>();
        for (String field : fieldNames(s.changes())) {
            fields.add(new FieldChange(field, EditableFields.valueIn(current, field), s.changes().get(field)));
        }
        String by = read(() -> members.displayNames(List.of(s.userId()))).get(s.userId());
        return new SuggestionView(s.id(), s.recordType(), s.recordId(), current == null ? "" : current.path("name").asText(),
                s.organizationId(), by, s.createdAt(), s.status(), fields);
    }

    private boolean canEdit(PortalUser user, StewardshipStore.Organization org) {
        return access.can(user, DirectoryPermissions.MANAGE, org.areaSlug()) || read(() -> store.isEditor(org.id(), user.id()));
    }

    private void requireEdit(PortalUser user, StewardshipStore.Organization org) {
        if (!canEdit(user, org)) {
            throw Refusal.notAllowed();
        }
    }

    private void requireManage(PortalUser user, String area) {
        if (!access.can(signedIn(user), DirectoryPermissions.MANAGE, area)) {
            throw Refusal.notAllowed();
        }
    }

    private StewardshipStore.Organization organization(String id) {
        return read(() -> id == null ? Optional.<StewardshipStore.Organization>empty() : store.organization(id))
                .orElseThrow(Refusal::notFound);
    }

    private StewardshipStore.Organization organizationOf(String recordType, String recordId) {
        if ("organization".equals(recordType)) {
            return organization(recordId);
        }
        return organization(read(() -> store.organizationOfService(recordId)).orElseThrow(() ->
                Refusal.of(Refusal.Kind.CONFLICT, new Message(BUNDLE, "change.no-organization"))));
    }

    private static Table table(String recordType) {
        if ("organization".equals(recordType)) {
            return Table.ORGANIZATION;
        }
        if ("service".equals(recordType)) {
            return Table.SERVICE;
        }
        throw Refusal.notFound();
    }

    private static List<String> fieldNames(JsonNode changes) {
        List<String> names = new ArrayList<>();
        changes.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static PortalUser signedIn(PortalUser user) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        return user;
    }

    static String say(Locale language, String key, Object... args) {
        return new Message(BUNDLE, key, args).in(language);
    }

    interface Read<T> {
        T get() throws SQLException;
    }

    interface Write {
        void run() throws SQLException;
    }

    static <T> T read(Read<T> read) {
        try {
            return read.get();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the directory", e);
        }
    }

    static void write(Write write) {
        try {
            write.run();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write to the directory", e);
        }
    }
}
