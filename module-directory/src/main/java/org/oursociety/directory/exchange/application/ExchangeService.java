package org.oursociety.directory.exchange.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.directory.exchange.infrastructure.ExchangeStore;
import org.oursociety.directory.listing.application.DirectoryAreas;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.stewardship.application.StewardshipService;
import org.oursociety.directory.stewardship.infrastructure.StewardshipStore;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.mail.MailQueue;
import org.oursociety.portal.api.mail.ModuleMail;
import org.oursociety.portal.api.privacy.MemberNames;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.text.RenderedText;
import org.oursociety.portal.api.text.UserText;

/**
 * Wants and offers: an organisation's editors post what it needs or offers, until an end date; any member
 * answers through the portal, which mails the editors; the editors answer back, which mails the member. Each
 * side sees the conversation: the member their own, the editors all. Links between organisations (partner of,
 * member of, funded by) are added by the editors of the first and shown on both pages.
 */
@ApplicationScoped
public class ExchangeService {

    private static final String BUNDLE = DirectoryPermissions.BUNDLE;
    private static final Set<String> KINDS = Set.of("want", "offer");
    private static final Set<String> CATEGORIES = Set.of("volunteers", "equipment", "room", "skills", "other");
    private static final Set<String> LINKS = Set.of("partner-of", "member-of", "funded-by");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    org.oursociety.directory.follow.application.FollowService followers;

    @Inject
    StewardshipService stewardship;

    @Inject
    DirectoryAreas areas;

    @Inject
    MailQueue mail;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();
    private final UserText text = new UserText();
    private ExchangeStore store;
    private StewardshipStore organizations;
    private MemberNames members;

    /** One message of a conversation as its readers see it. */
    public record MessageView(UUID replier, String author, boolean fromOrganization, String html, java.time.Instant at) {
    }

    @PostConstruct
    void init() {
        store = new ExchangeStore(dataSource);
        organizations = new StewardshipStore(dataSource);
        members = new MemberNames(dataSource);
    }

    @Transactional
    public UUID post(PortalUser actor, String organizationId, String kind, String category, String title, String body,
                     String endsOn) {
        PortalUser editor = signedIn(actor);
        StewardshipStore.Organization org = organization(organizationId);
        if (!stewardship.mayEdit(editor, org.id())) {
            throw Refusal.notAllowed();
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        Map<String, Message> wrong = new LinkedHashMap<>();
        if (kind == null || !KINDS.contains(kind)) {
            wrong.put("kind", new Message(BUNDLE, "exchange.kind"));
        }
        if (category == null || !CATEGORIES.contains(category)) {
            wrong.put("category", new Message(BUNDLE, "exchange.category"));
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.length() < 3 || cleanTitle.length() > 120) {
            wrong.put("title", new Message(BUNDLE, "exchange.title"));
        }
        if (body == null || body.isBlank() || body.length() > 5000) {
            wrong.put("body", new Message(BUNDLE, "exchange.body"));
        }
        LocalDate ends = null;
        try {
            ends = endsOn == null ? null : LocalDate.parse(endsOn);
        } catch (DateTimeParseException e) {
            ends = null;
        }
        if (ends == null || ends.isBefore(today) || ends.isAfter(today.plusYears(1))) {
            wrong.put("ends_on", new Message(BUNDLE, "exchange.ends"));
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalid(wrong);
        }
        RenderedText rendered = text.render(body.strip());
        UUID id = UUID.randomUUID();
        LocalDate end = ends;
        write(() -> store.post(id, org.id(), kind, category, cleanTitle, rendered.source(), rendered.html(), end,
                editor.id(), clock.instant()));
        audit.record(AuditEvent.of("directory.exchange-posted", "organization", org.id(), org.name())
                .inArea(org.areaSlug()).with("kind", kind));
        followers.told(org.id(), kind, id.toString(), cleanTitle, "/directory/" + org.areaSlug()
                + "/organization.xhtml?id=" + java.net.URLEncoder.encode(org.id(), java.nio.charset.StandardCharsets.UTF_8)
                + "#post-" + id);
        return id;
    }

    /** Open wants and offers of an area and the areas below it. */
    public List<ExchangeStore.Post> open(String area, int limit) {
        List<String> scope = areas.withSubAreas(area).orElseThrow(Refusal::notFound);
        return read(() -> store.open(scope, LocalDate.now(clock.withZone(LONDON)), limit));
    }

    public List<ExchangeStore.Post> openOf(String organizationId) {
        return read(() -> store.openOf(organizationId, LocalDate.now(clock.withZone(LONDON))));
    }

    /**
     * A message on a post. A member writes in their own conversation (mailed to the editors); an editor
     * answers in the conversation of {@code replier} (mailed to that member).
     */
    @Transactional
    public void message(PortalUser actor, UUID postId, String body, UUID replier) {
        PortalUser author = signedIn(actor);
        ExchangeStore.Post post = read(() -> store.post(postId)).orElseThrow(Refusal::notFound);
        if (body == null || body.isBlank() || body.length() > 5000) {
            throw Refusal.invalid("body", new Message(BUNDLE, "exchange.body"));
        }
        boolean editor = stewardship.mayEdit(author, post.organizationId());
        UUID conversation = replier != null && editor ? replier : author.id();
        if (!editor && post.endsOn().isBefore(LocalDate.now(clock.withZone(LONDON)))) {
            throw Refusal.of(Refusal.Kind.GONE, new Message(BUNDLE, "exchange.ended"));
        }
        RenderedText rendered = text.render(body.strip());
        write(() -> store.message(postId, conversation, author.id(), rendered.source(), rendered.html(), clock.instant()));
        String link = mail.link("/directory/" + post.areaSlug() + "/organization.xhtml?id=" + post.organizationId());
        List<UUID> to = conversation.equals(author.id())
                ? read(() -> organizations.editors(post.organizationId())) : List.of(conversation);
        for (UUID recipient : to) {
            if (recipient.equals(author.id())) {
                continue;
            }
            mail.recipient(recipient).ifPresent(r -> mail.queue(ModuleMail.text(r.email(),
                    new Message(BUNDLE, "mail.exchange.subject", post.title()).in(r.language()),
                    new Message(BUNDLE, "mail.exchange.body", author.displayName(), post.title(), UserText.plain(rendered),
                            link).in(r.language()), "directory-exchange")));
        }
        audit.record(AuditEvent.of("directory.exchange-message", "exchange-post", postId.toString(), post.title())
                .inArea(post.areaSlug()));
    }

    /** The conversation(s) the reader may see: editors all of them, anyone else their own. */
    public List<MessageView> conversation(PortalUser actor, UUID postId) {
        PortalUser reader = signedIn(actor);
        ExchangeStore.Post post = read(() -> store.post(postId)).orElseThrow(Refusal::notFound);
        boolean editor = stewardship.mayEdit(reader, post.organizationId());
        List<ExchangeStore.MessageRow> rows = read(() -> store.messages(postId, editor ? null : reader.id()));
        Map<UUID, String> names = read(() -> members.displayNames(rows.stream().map(ExchangeStore.MessageRow::authorId)
                .distinct().toList()));
        List<MessageView> views = new ArrayList<>();
        for (ExchangeStore.MessageRow row : rows) {
            views.add(new MessageView(row.replierId(), names.getOrDefault(row.authorId(), ""),
                    !row.authorId().equals(row.replierId()), row.bodyHtml(), row.createdAt()));
        }
        return views;
    }

    @Transactional
    public void close(PortalUser actor, UUID postId) {
        ExchangeStore.Post post = read(() -> store.post(postId)).orElseThrow(Refusal::notFound);
        if (!stewardship.mayEdit(signedIn(actor), post.organizationId())) {
            throw Refusal.notAllowed();
        }
        write(() -> store.close(postId, clock.instant()));
        audit.record(AuditEvent.of("directory.exchange-closed", "exchange-post", postId.toString(), post.title())
                .inArea(post.areaSlug()));
    }

    @Transactional
    public void link(PortalUser actor, String fromId, String toId, String kind) {
        PortalUser editor = signedIn(actor);
        StewardshipStore.Organization from = organization(fromId);
        if (!stewardship.mayEdit(editor, from.id())) {
            throw Refusal.notAllowed();
        }
        if (kind == null || !LINKS.contains(kind)) {
            throw Refusal.invalid("kind", new Message(BUNDLE, "link.kind"));
        }
        if (toId == null || read(() -> organizations.organization(toId)).isEmpty() || toId.equals(fromId)) {
            throw Refusal.invalid("organization_id", new Message(BUNDLE, "link.organization"));
        }
        if (read(() -> store.link(from.id(), toId, kind, editor.id(), clock.instant()))) {
            audit.record(AuditEvent.of("directory.linked", "organization", from.id(), from.name())
                    .inArea(from.areaSlug()).with("kind", kind).with("to", toId));
        }
    }

    public List<ExchangeStore.Link> linksOf(String organizationId) {
        return read(() -> store.linksOf(organizationId));
    }

    /** The member's own messages, for "download my data". */
    public List<ExchangeStore.MessageRow> messagesBy(PortalUser user) {
        return read(() -> store.messagesBy(user.id()));
    }

    private StewardshipStore.Organization organization(String id) {
        return read(() -> id == null ? java.util.Optional.<StewardshipStore.Organization>empty()
                : organizations.organization(id)).orElseThrow(Refusal::notFound);
    }

    private static PortalUser signedIn(PortalUser user) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        return user;
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
