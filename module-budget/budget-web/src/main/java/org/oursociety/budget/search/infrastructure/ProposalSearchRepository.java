package org.oursociety.budget.search.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;
import org.oursociety.budget.platform.Sql;

/** Finds proposals by words of their title or description, for the portal's search. */
@ApplicationScoped
public class ProposalSearchRepository {

    /** A proposal found: what the search shows. */
    public record Found(long id, String areaSlug, String title, String description) {
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private Sql sql;

    /** For CDI. */
    public ProposalSearchRepository() {
    }

    /** Outside the container (tests). */
    public ProposalSearchRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        init();
    }

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
    }

    /**
     * The newest proposals of the area's rounds whose title or description holds {@code text}, as anyone sees
     * them: rounds still in draft and withdrawn proposals left out.
     */
    public List<Found> find(String areaSlug, String text, int limit) {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return sql.list("select p.id, r.area_slug, p.title, p.description_source from budget.proposal p"
                        + " join budget.round r on r.id = p.round_id where r.area_slug = ? and r.phase <> 'draft'"
                        + " and p.status <> 'withdrawn' and (p.title ilike ? or p.description_source ilike ?)"
                        + " order by (p.title ilike ?) desc, p.id desc limit ?",
                row -> new Found(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)),
                areaSlug, like, like, like, limit);
    }
}
