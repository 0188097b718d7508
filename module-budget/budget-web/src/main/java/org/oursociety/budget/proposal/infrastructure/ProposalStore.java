package org.oursociety.budget.proposal.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.budget.platform.Sql;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.proposal.domain.ProposalStatus;
import org.oursociety.portal.api.text.RenderedText;

/** {@code budget.proposal}. */
public class ProposalStore {

    private static final String COLUMNS = "id, round_id, author_id, title, description_source, description_html, cost,"
            + " place, category, status, final_cost, explanation, submitted_at, changed_at, file_project_id";

    private final Sql sql;

    public ProposalStore(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public long insert(Proposal p) {
        return sql.one("insert into budget.proposal (round_id, author_id, title, description_source, description_html,"
                        + " cost, place, category, status, final_cost, explanation, submitted_at, changed_at, file_project_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", row -> row.getLong(1),
                p.roundId(), p.authorId().orElse(null), p.title(), p.description().source(), p.description().html(),
                p.cost(), p.place().orElse(null), p.category().orElse(null), p.status().id(),
                p.finalCost().orElse(null), p.explanation().orElse(null), p.submittedAt(), p.changedAt(),
                p.importedId().orElse(null)).orElseThrow();
    }

    /** Writes the author's edits or withdrawal. */
    public void save(Proposal p) {
        sql.update("update budget.proposal set title = ?, description_source = ?, description_html = ?, cost = ?,"
                        + " place = ?, category = ?, status = ?, changed_at = ? where id = ?", p.title(),
                p.description().source(), p.description().html(), p.cost(), p.place().orElse(null),
                p.category().orElse(null), p.status().id(), p.changedAt(), p.id());
    }

    /** Writes a manager's review. */
    public void review(Proposal p, UUID reviewer) {
        sql.update("update budget.proposal set status = ?, final_cost = ?, explanation = ?, changed_at = ?,"
                        + " reviewed_by = ?, reviewed_at = ? where id = ?", p.status().id(), p.finalCost().orElse(null),
                p.explanation().orElse(null), p.changedAt(), reviewer, p.changedAt(), p.id());
    }

    public Optional<Proposal> find(long id) {
        return sql.one("select " + COLUMNS + " from budget.proposal where id = ?", ProposalStore::proposal, id);
    }

    public Optional<Proposal> lock(long id) {
        return sql.one("select " + COLUMNS + " from budget.proposal where id = ? for update", ProposalStore::proposal, id);
    }

    public List<Proposal> ofRound(long roundId) {
        return sql.list("select " + COLUMNS + " from budget.proposal where round_id = ? order by id",
                ProposalStore::proposal, roundId);
    }

    /** The feasible proposals: what goes on the ballot, in id order. */
    public List<Proposal> onBallot(long roundId) {
        return sql.list("select " + COLUMNS + " from budget.proposal where round_id = ? and status = 'feasible'"
                + " order by id", ProposalStore::proposal, roundId);
    }

    public List<Proposal> byAuthor(UUID authorId) {
        return sql.list("select " + COLUMNS + " from budget.proposal where author_id = ? order by id",
                ProposalStore::proposal, authorId);
    }

    public void setFileProjectId(long id, String fileProjectId) {
        sql.update("update budget.proposal set file_project_id = ? where id = ?", fileProjectId, id);
    }

    static Proposal proposal(ResultSet row) throws SQLException {
        return new Proposal(row.getLong("id"), row.getLong("round_id"), row.getObject("author_id", UUID.class),
                row.getString("title"), new RenderedText(row.getString("description_source"),
                row.getString("description_html")), row.getLong("cost"), row.getString("place"),
                row.getString("category"), ProposalStatus.byId(row.getString("status")),
                Sql.longOrNull(row, "final_cost"), row.getString("explanation"), Sql.instant(row, "submitted_at"),
                Sql.instant(row, "changed_at"), row.getString("file_project_id"));
    }

    /** When the delivery phase tracks a project: its status and progress. */
    public void deliver(long id, String status, int progress) {
        sql.update("update budget.proposal set delivery_status = ?, progress = ? where id = ?", status, progress, id);
    }

    public Optional<String[]> delivery(long id) {
        return sql.one("select delivery_status, progress from budget.proposal where id = ?",
                row -> new String[]{row.getString(1), String.valueOf(row.getInt(2))}, id);
    }

}
