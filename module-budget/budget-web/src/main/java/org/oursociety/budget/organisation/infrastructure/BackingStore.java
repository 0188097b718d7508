package org.oursociety.budget.organisation.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.budget.platform.Sql;

/** Which directory organisation stands behind a proposal ({@code budget.proposal_organisation}). */
@ApplicationScoped
public class BackingStore {

    /** The organisation a proposal was submitted on behalf of, as the directory named it then. */
    public record Backing(String organisationId, String name, String href) {
    }

    /** One public proposal of an organisation, with what the organisation's page shows of it. */
    public record OrganisationProposal(long id, String title, String areaSlug, String status, String phase,
                                       boolean funded, String deliveryStatus, int progress) {
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private Sql sql;

    public BackingStore() {
    }

    /** For integration tests. */
    public BackingStore(DataSource dataSource) {
        this.dataSource = dataSource;
        init();
    }

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
    }

    public void insert(long proposalId, Backing backing, UUID submittedBy) {
        sql.update("insert into budget.proposal_organisation (proposal_id, organisation_id, organisation_name,"
                + " organisation_href, submitted_by) values (?, ?, ?, ?, ?)", proposalId, backing.organisationId(),
                backing.name(), backing.href(), submittedBy);
    }

    public Optional<Backing> of(long proposalId) {
        return sql.one("select organisation_id, organisation_name, organisation_href from budget.proposal_organisation"
                + " where proposal_id = ?", r -> new Backing(r.getString(1), r.getString(2), r.getString(3)), proposalId);
    }

    /** The organisation's proposals that anyone may see: not withdrawn, in rounds past their draft. Newest first. */
    public List<OrganisationProposal> publicProposals(String organisationId, int limit) {
        return sql.list("select p.id, p.title, r.area_slug, p.status, r.phase, coalesce(rp.funded, false) as funded,"
                + " p.delivery_status, p.progress from budget.proposal_organisation o"
                + " join budget.proposal p on p.id = o.proposal_id join budget.round r on r.id = p.round_id"
                + " left join budget.result_project rp on rp.proposal_id = p.id"
                + " where o.organisation_id = ? and p.status <> 'withdrawn' and r.phase <> 'draft'"
                + " order by p.id desc limit ?",
                r -> new OrganisationProposal(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getBoolean(6), r.getString(7), r.getInt(8)), organisationId, limit);
    }
}
