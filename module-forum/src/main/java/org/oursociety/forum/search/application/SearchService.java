package org.oursociety.forum.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.forum.platform.Jdbc;
import org.oursociety.forum.space.application.ForumGate;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.security.PortalUser;

/**
 * PostgreSQL full-text search over posts ({@code post.search}, GIN) and topic titles ({@code topic.title_search},
 * GIN, weight A above the body's B), with {@code ts_headline} snippets. Hidden and deleted posts are found only by
 * moderators of the area.
 */
@ApplicationScoped
public class SearchService {

    public static final int PAGE_SIZE = 20;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    ForumGate gate;

    @Inject
    AreaDirectory directory;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
    }

    public record Hit(String areaSlug, UUID topicId, UUID postId, int number, String title, String snippet, Instant createdAt,
                      UUID authorId) {
        /** The page of the topic the post is on. */
        public int page() {
            return (number - 1) / 20 + 1;
        }
    }

    public record Results(List<Hit> results, long total) {
    }

    /** Filters: a category, an author, posts on or after / before a date; all optional. */
    public record Filters(UUID category, UUID author, LocalDate from, LocalDate to) {
        public static Filters none() {
            return new Filters(null, null, null, null);
        }
    }

    @Transactional
    public Results search(Optional<PortalUser> reader, String areaSlug, String query, Filters filters, int page) {
        gate.requireReader(reader, areaSlug);
        return search(List.of(areaSlug), gate.isModerator(reader, areaSlug), query, filters, page);
    }

    /**
     * In one area as every reader sees it, for the portal's one search: hidden and deleted posts left out even for
     * moderators, and nothing when the reader may not read the space.
     */
    @Transactional
    public Results searchAsEveryone(Optional<PortalUser> reader, String areaSlug, String query) {
        return gate.mayRead(reader, areaSlug) ? search(List.of(areaSlug), false, query, Filters.none(), 1)
                : new Results(List.of(), 0);
    }

    /** Across every space the reader may read (hidden and deleted posts left out, even for moderators). */
    @Transactional
    public Results searchEverywhere(Optional<PortalUser> reader, String query, int page) {
        List<String> areas = directory.current().inTreeOrder().stream()
                .filter(a -> directory.current().isEnabled("forum", a)).map(a -> a.slug())
                .filter(slug -> gate.mayRead(reader, slug)).toList();
        return areas.isEmpty() ? new Results(List.of(), 0) : search(areas, false, query, Filters.none(), page);
    }

    private Results search(List<String> areaSlugs, boolean moderator, String query, Filters filters, int page) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new Results(List.of(), 0);
        }
        // Two GIN lookups (bodies, titles) rather than one OR that no index can answer; the second adds only first
        // posts that the first did not find, so the matches need neither de-duplicating nor reading again.
        StringBuilder where = new StringBuilder(" from m p join forum.topic t on t.id = p.topic_id, qq"
                + " where t.area_slug = any (?::text[])");
        List<Object> args = new ArrayList<>(List.of(q, areaSlugs.toArray(String[]::new)));
        String columns = "p.id, p.topic_id, p.number, p.author_id, p.body_text, p.search, p.created_at, p.hidden_at,"
                + " p.deleted_at";
        String with = "with qq as (select websearch_to_tsquery('english', ?) as q),"
                + " m as (select " + columns + " from forum.post p, qq where p.search @@ qq.q"
                + " union all select " + columns + " from forum.topic t join forum.post p on p.topic_id = t.id"
                + " and p.number = 1, qq where t.title_search @@ qq.q and not p.search @@ qq.q) ";
        if (!moderator) {
            where.append(" and p.hidden_at is null and p.deleted_at is null");
        }
        if (filters.category() != null) {
            where.append(" and t.category_id = ?");
            args.add(filters.category());
        }
        if (filters.author() != null) {
            where.append(" and p.author_id = ?");
            args.add(filters.author());
        }
        if (filters.from() != null) {
            where.append(" and p.created_at >= ?");
            args.add(filters.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filters.to() != null) {
            where.append(" and p.created_at < ?");
            args.add(filters.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        // Rank every match but write snippets (ts_headline, the costly part) only for the page shown; the total
        // comes with the page (a window count), so a search is one query unless it pages past the end.
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(PAGE_SIZE);
        pageArgs.add((Math.max(1, page) - 1) * PAGE_SIZE);
        long[] total = {-1};
        List<Hit> hits = jdbc.list(with + ", hits as (select t.area_slug, p.topic_id, p.id, p.number, t.title,"
                + " p.created_at, p.author_id, p.body_text, count(*) over () as total,"
                + " ts_rank(case when p.number = 1 then t.title_search else ''::tsvector end || p.search, qq.q) as rank"
                + where + " order by rank desc, p.created_at desc limit ? offset ?)"
                + " select hits.*, ts_headline('english', hits.body_text, qq.q, 'StartSel=<mark>, StopSel=</mark>,"
                + " MaxWords=30, MinWords=10, MaxFragments=2, HighlightAll=false') as snippet"
                + " from hits, qq order by hits.rank desc, hits.created_at desc",
                r -> {
                    total[0] = r.getLong("total");
                    return new Hit(r.getString("area_slug"), r.getObject("topic_id", UUID.class),
                            r.getObject("id", UUID.class), r.getInt("number"), r.getString("title"),
                            safeSnippet(r.getString("snippet")), Jdbc.instant(r, "created_at"),
                            r.getObject("author_id", UUID.class));
                },
                pageArgs.toArray());
        if (total[0] < 0) {
            total[0] = page <= 1 ? 0 : jdbc.count(with + "select count(*)" + where, args.toArray());
        }
        return new Results(hits, total[0]);
    }

    /**
     * {@code ts_headline} works on the post's plain text, which may hold {@code <} and {@code &} typed by members:
     * escape everything, then let only the highlight marks through.
     */
    static String safeSnippet(String headline) {
        String escaped = headline.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return escaped.replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>");
    }
}
