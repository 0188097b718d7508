package org.oursociety.forum.privacy.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.oursociety.forum.platform.Jdbc;
import org.oursociety.portal.api.privacy.PersonalDataContributor;
import org.oursociety.portal.api.security.PortalUser;

/**
 * The forum's part of "download my data": the member's posts (with earlier versions), likes, flags, and
 * notification settings. After an account is deleted its posts stay, shown as by a "former member"
 * ({@code MemberNames}); the forum keeps no name or address of its own beyond the handle for mentions.
 */
@ApplicationScoped
public class ForumPersonalData implements PersonalDataContributor {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
    }

    public record Post(String id, String area, String topic, int number, String body, Instant createdAt,
                       Instant editedAt, boolean deleted, boolean hidden) {
    }

    public record Like(String post, Instant createdAt) {
    }

    public record Flag(String post, String reason, String text, String status, Instant createdAt) {
    }

    @Override
    public String section() {
        return "forum";
    }

    @Override
    public Object personalData(PortalUser user) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("posts", jdbc.list("""
                select p.id, t.area_slug, t.title, p.number, p.body_source, p.created_at, p.edited_at,
                       p.deleted_at is not null as deleted, p.hidden_at is not null as hidden
                from forum.post p join forum.topic t on t.id = p.topic_id where p.author_id = ? order by p.created_at""",
                r -> new Post(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5),
                        Jdbc.instant(r, "created_at"), Jdbc.instant(r, "edited_at"), r.getBoolean(8), r.getBoolean(9)),
                user.id()));
        data.put("likes", jdbc.list("select post_id, created_at from forum.post_like where user_id = ? order by created_at",
                r -> new Like(r.getString(1), Jdbc.instant(r, "created_at")), user.id()));
        data.put("flags", jdbc.list("select post_id, reason, text, status, created_at from forum.flag where user_id = ?"
                + " order by created_at", r -> new Flag(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                Jdbc.instant(r, "created_at")), user.id()));
        data.put("mail", jdbc.list("select mode from forum.mail_setting where user_id = ?", r -> r.getString(1),
                user.id()).stream().findFirst().orElse("immediate"));
        data.put("subscriptions", jdbc.list("select target_type, target_id, level from forum.subscription where user_id = ?",
                r -> Map.of("type", r.getString(1), "id", r.getString(2), "level", r.getString(3)), user.id()));
        data.put("silences", jdbc.list("select area_slug, until, reason from forum.silence where user_id = ?",
                r -> Map.of("area", r.getString(1), "until", String.valueOf(Jdbc.instant(r, "until")),
                        "reason", r.getString(3)), user.id()));
        return data;
    }

    static List<String> sections() {
        return List.of("posts", "likes", "flags", "mail", "subscriptions", "silences");
    }
}
