package org.oursociety.forum.home.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.Jdbc;
import org.oursociety.forum.space.application.ForumGate;
import org.oursociety.portal.api.home.AreaCard;
import org.oursociety.portal.api.home.AreaCardProvider;
import org.oursociety.portal.api.security.PortalUser;

/**
 * The forum's card on an area's home page: its liveliest discussions (most replies in the last fortnight), then
 * the latest.
 */
@ApplicationScoped
public class ForumCard implements AreaCardProvider {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    ForumGate gate;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
    }

    private record Row(String id, String title, int posts, Instant last, int recent) {
    }

    @Override
    public Optional<AreaCard> card(String areaSlug, Locale language, Optional<PortalUser> reader) {
        if (!gate.mayRead(reader, areaSlug)) {
            return Optional.empty();
        }
        // The liveliest: most visible replies in the last fortnight (counted only for topics active in it), then the latest.
        List<Row> rows = jdbc.list("""
                select t.id, t.title, t.post_count, t.last_post_at,
                       case when t.last_post_at > now() - interval '14 days' then (select count(*) from forum.post p
                           where p.topic_id = t.id and p.number > 1 and p.created_at > now() - interval '14 days'
                           and p.hidden_at is null and p.deleted_at is null) else 0 end as recent
                from forum.topic t where t.area_slug = ?
                order by recent desc, t.last_post_at desc limit 5""",
                r -> new Row(r.getString(1), r.getString(2), r.getInt(3), Jdbc.instant(r, "last_post_at"), r.getInt(5)),
                areaSlug);
        long topics = jdbc.count("select count(*) from forum.topic where area_slug = ?", areaSlug);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM", language).withZone(ZoneId.of("Europe/London"));
        List<AreaCard.Item> items = rows.stream().map(r -> new AreaCard.Item(r.title(),
                "/forum/" + areaSlug + "/topic.xhtml?id=" + r.id(),
                r.recent() > 0 ? ForumText.of("forum.card.recent", r.recent(), day.format(r.last())).in(language)
                        : ForumText.of("forum.card.detail", r.posts() - 1, day.format(r.last())).in(language), null)).toList();
        String summary = topics == 0 ? ForumText.of("forum.card.empty").in(language)
                : ForumText.of("forum.card.summary", topics).in(language);
        return Optional.of(new AreaCard("forum", ForumText.of("forum.card.title").in(language), summary, items,
                "/forum/" + areaSlug + "/", ForumText.of("forum.card.action").in(language)));
    }
}
