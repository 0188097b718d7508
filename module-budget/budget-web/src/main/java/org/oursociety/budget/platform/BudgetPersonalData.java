package org.oursociety.budget.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.oursociety.budget.delivery.application.DeliveryService;
import org.oursociety.budget.proposal.infrastructure.ProposalStore;
import org.oursociety.portal.api.privacy.PersonalDataContributor;
import org.oursociety.portal.api.security.PortalUser;

/**
 * The budget's part of "Download my data": the member's proposals and the projects they follow. Ballots
 * are left out on purpose: a ballot is secret, and the file would link a person to their choices (and
 * to their receipt in the published file) for anyone who sees the export. The member's receipt was
 * mailed to them when they voted.
 */
@ApplicationScoped
public class BudgetPersonalData implements PersonalDataContributor {

    /** One proposal as exported. */
    public record ProposalData(long id, long round, String title, String description, long cost, String place,
                               String category, String status, String submittedAt) {
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    DeliveryService delivery;

    @Override
    public String section() {
        return "budget";
    }

    @Override
    public Object personalData(PortalUser user) {
        List<ProposalData> proposals = new ProposalStore(dataSource).byAuthor(user.id()).stream()
                .map(p -> new ProposalData(p.id(), p.roundId(), p.title(), p.description().source(), p.cost(),
                        p.place().orElse(null), p.category().orElse(null), p.status().id(), p.submittedAt().toString()))
                .toList();
        return Map.of("proposals", proposals, "followedProjects", delivery.followedBy(user.id()));
    }
}
