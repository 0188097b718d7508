package org.oursociety.budget.linkcard.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import javax.sql.DataSource;
import org.oursociety.budget.platform.Sql;

/** What a link card says about a proposal, in one query: its round's phase and whether the count funded it. */
@ApplicationScoped
public class ProposalCardRepository {

    /**
     * @param funded {@code null} until the round is counted
     */
    public record Facts(long id, String areaSlug, String title, long cost, Long finalCost, String status, String phase,
                        Boolean funded) {
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private Sql sql;

    /** For CDI. */
    public ProposalCardRepository() {
    }

    /** Outside the container (tests). */
    public ProposalCardRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        init();
    }

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
    }

    public Optional<Facts> find(long id) {
        return sql.one("select p.id, r.area_slug, p.title, p.cost, p.final_cost, p.status, r.phase, rp.funded"
                        + " from budget.proposal p join budget.round r on r.id = p.round_id"
                        + " left join budget.result_project rp on rp.proposal_id = p.id and rp.round_id = r.id"
                        + " where p.id = ?",
                row -> new Facts(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
                        Sql.longOrNull(row, "final_cost"), row.getString(6), row.getString(7),
                        (Boolean) row.getObject(8)),
                id);
    }
}
