package org.oursociety.budget.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oursociety.budget.search.infrastructure.ProposalSearchRepository;
import org.oursociety.portal.api.search.AreaSearchProvider;
import org.oursociety.portal.api.search.SearchHit;
import org.oursociety.portal.api.security.PortalUser;

/** The budget's part of the portal's one search: the area's proposals, by title and description. */
@ApplicationScoped
public class BudgetSearch implements AreaSearchProvider {

    @Inject
    ProposalSearchRepository proposals;

    @Override
    public List<SearchHit> search(String areaSlug, String query, Locale language, Optional<PortalUser> reader) {
        return proposals.find(areaSlug, query, MAX_RESULTS).stream()
                .map(p -> new SearchHit(p.title(), "/budget/" + p.areaSlug() + "/proposal.xhtml?id=" + p.id(),
                        SearchHit.snippet(p.description().replaceAll("[*_#>`\\[\\]]", ""), 160)))
                .toList();
    }
}
