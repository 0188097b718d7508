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
    /** How many of a search's newest matches are ranked and paged through (docs/ARCHITECTURE.md, "Forum"). */
    public static final int RANKED = 1_000;

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
        // posts that the first did not find. The area is the post's own column, so the matches are filtered
        // without joining each of them to its topic; only a category filter needs the topic.
        StringBuilder where = new StringBuilder(" and p.area_slug = any (?::text[])");
        List<Object> filterArgs = new ArrayList<>();
        if (!moderator) {
            where.append(" and p.hidden_at is null and p.deleted_at is null");
        }
        if (filters.category() != null) {
            where.append(" and exists (select 1 from forum.topic c where c.id = p.topic_id and c.category_id = ?)");
            filterArgs.add(filters.category());
        }
        if (filters.author() != null) {
            where.append(" and p.author_id = ?");
            filterArgs.add(filters.author());
        }
        if (filters.from() != null) {
            where.append(" and p.created_at >= ?");
            filterArgs.add(filters.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filters.to() != null) {
            where.append(" and p.created_at < ?");
            filterArgs.add(filters.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        String[] areas = areaSlugs.toArray(String[]::new);
        List<Object> args = new ArrayList<>(List.of(q, areas));
        args.addAll(filterArgs);
        args.add(areas);
        args.addAll(filterArgs);
        String columns = "p.id, p.topic_id, p.number, p.created_at, p.search";
        String with = "with qq as (select websearch_to_tsquery('english', ?) as q),"
                + " m as (select " + columns + " from forum.post p, qq where p.search @@ qq.q" + where
                + " union all select " + columns + " from forum.topic t join forum.post p on p.topic_id = t.id"
                + " and p.number = 1, qq where t.title_search @@ qq.q and not p.search @@ qq.q" + where + ") ";
        // Ranking is bounded: only the newest RANKED matches are ranked (a word in thousands of posts would
        // otherwise rank every one of them on every page); the total still counts every match. Snippets
        // (ts_headline, the costly part) are written only for the page shown.
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(RANKED);
        pageArgs.add(PAGE_SIZE);
        pageArgs.add((Math.max(1, page) - 1) * PAGE_SIZE);
        long[] total = {-1};
        List<Hit> hits = jdbc.list(with + ", newest as (select m.*, count(*) over () as total from m"
                + " order by m.created_at desc limit ?),"
                + " hits as (select n.*, ts_rank(case when n.number = 1 then (select t.title_search from forum.topic t"
                + " where t.id = n.topic_id) else ''::tsvector end || n.search, qq.q) as rank from newest n, qq"
                + " order by rank desc, n.created_at desc limit ? offset ?)"
                + " select t.area_slug, hits.topic_id, hits.id, hits.number, t.title, hits.created_at, p.author_id,"
                + " hits.total, ts_headline('english', p.body_text, qq.q, 'StartSel=<mark>, StopSel=</mark>,"
                + " MaxWords=30, MinWords=10, MaxFragments=2, HighlightAll=false') as snippet"
                + " from hits join forum.topic t on t.id = hits.topic_id join forum.post p on p.id = hits.id, qq"
                + " order by hits.rank desc, hits.created_at desc",
                r -> {
                    total[0] = r.getLong("total");
                    return new Hit(r.getString("area_slug"), r.getObject("topic_id", UUID.class),
                            r.getObject("id", UUID.class), r.getInt("number"), r.getString("title"),
                            safeSnippet(r.getString("snippet")), Jdbc.instant(r, "created_at"),
                            r.getObject("author_id", UUID.class));
                },
                pageArgs.toArray());
        if (total[0] < 0) {
            total[0] = page <= 1 ? 0 : jdbc.count(with + "select count(*) from m", args.toArray());
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
