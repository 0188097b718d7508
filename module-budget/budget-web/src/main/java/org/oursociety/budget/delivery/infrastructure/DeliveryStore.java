package org.oursociety.budget.delivery.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.budget.delivery.domain.DeliveryStatus;
import org.oursociety.budget.delivery.domain.DeliveryUpdate;
import org.oursociety.budget.platform.Sql;
import org.oursociety.portal.api.text.RenderedText;

/** {@code budget.delivery_update} and {@code budget.follow}. */
public class DeliveryStore {

    private final Sql sql;

    public DeliveryStore(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public void add(DeliveryUpdate u, UUID writtenBy) {
        sql.update("insert into budget.delivery_update (proposal_id, status, progress, text_source, text_html, written_by,"
                        + " written_at) values (?, ?, ?, ?, ?, ?, ?)", u.proposalId(), u.status().id(), u.progress(),
                u.text().source(), u.text().html(), writtenBy, u.writtenAt());
        sql.update("update budget.proposal set delivery_status = ?, progress = ? where id = ?", u.status().id(),
                u.progress(), u.proposalId());
    }

    public List<DeliveryUpdate> of(long proposalId) {
        return sql.list("select id, proposal_id, status, progress, text_source, text_html, written_at"
                + " from budget.delivery_update where proposal_id = ? order by written_at desc, id desc",
                row -> new DeliveryUpdate(row.getLong(1), row.getLong(2), DeliveryStatus.byId(row.getString(3)).orElseThrow(),
                        row.getInt(4), new RenderedText(row.getString(5), row.getString(6)), Sql.instant(row, "written_at")),
                proposalId);
    }

    /** Whether the count funded this proposal. */
    public boolean funded(long proposalId) {
        return sql.one("select funded from budget.result_project where proposal_id = ?", row -> row.getBoolean(1),
                proposalId).orElse(false);
    }

    public boolean follow(long proposalId, UUID userId, Instant now) {
        return sql.update("insert into budget.follow (proposal_id, user_id, followed_at) values (?, ?, ?)"
                + " on conflict do nothing", proposalId, userId, now) == 1;
    }

    public boolean unfollow(long proposalId, UUID userId) {
        return sql.update("delete from budget.follow where proposal_id = ? and user_id = ?", proposalId, userId) == 1;
    }

    public boolean follows(long proposalId, UUID userId) {
        return sql.one("select 1 from budget.follow where proposal_id = ? and user_id = ?", row -> 1, proposalId, userId)
                .isPresent();
    }

    public List<UUID> followers(long proposalId) {
        return sql.list("select user_id from budget.follow where proposal_id = ?", row -> row.getObject(1, UUID.class),
                proposalId);
    }

    /** What a member follows: for their data export. */
    public List<Long> followedBy(UUID userId) {
        return sql.list("select proposal_id from budget.follow where user_id = ? order by followed_at",
                row -> row.getLong(1), userId);
    }
}
