package org.oursociety.budget.discussion.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.oursociety.budget.platform.Sql;

/** Which proposals have their forum topic yet ({@code budget.proposal_discussion}). */
@ApplicationScoped
public class DiscussionStore {

    /** A public proposal whose topic is not known yet. */
    public record Pending(long proposalId, String areaSlug) {
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private Sql sql;

    public DiscussionStore() {
    }

    /** For integration tests. */
    public DiscussionStore(DataSource dataSource) {
        this.dataSource = dataSource;
        init();
    }

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
    }

    public Optional<String> topicHref(long proposalId) {
        return sql.one("select topic_href from budget.proposal_discussion where proposal_id = ? and topic_href is not null",
                r -> r.getString(1), proposalId);
    }

    public void linked(long proposalId, String topicHref, Instant now) {
        sql.update("insert into budget.proposal_discussion (proposal_id, topic_href, tried_at, linked_at) values (?, ?, ?, ?)"
                + " on conflict (proposal_id) do update set topic_href = excluded.topic_href, tried_at = excluded.tried_at,"
                + " linked_at = excluded.linked_at", proposalId, topicHref, now, now);
    }

    /** Remembers an ask the forum did not answer; never forgets a topic already known. */
    public void tried(long proposalId, Instant now) {
        sql.update("insert into budget.proposal_discussion (proposal_id, tried_at) values (?, ?)"
                + " on conflict (proposal_id) do update set tried_at = excluded.tried_at"
                + " where budget.proposal_discussion.topic_href is null", proposalId, now);
    }

    /** Public proposals (not withdrawn, round past its draft) without a topic, not asked about since {@code before}. */
    public List<Pending> pending(Instant before, int limit) {
        return sql.list("select p.id, r.area_slug from budget.proposal p join budget.round r on r.id = p.round_id"
                + " left join budget.proposal_discussion d on d.proposal_id = p.id"
                + " where p.status <> 'withdrawn' and r.phase <> 'draft' and r.imported = false"
                + " and (d.proposal_id is null or (d.topic_href is null and d.tried_at < ?))"
                + " order by p.id limit ?", r -> new Pending(r.getLong(1), r.getString(2)), before, limit);
    }
}
