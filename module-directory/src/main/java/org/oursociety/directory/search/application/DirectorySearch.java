package org.oursociety.directory.search.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oursociety.directory.listing.application.HsdsPublication;
import org.oursociety.directory.listing.domain.SearchCriteria;
import org.oursociety.directory.listing.infrastructure.HsdsQueries;
import org.oursociety.portal.api.search.AreaSearchProvider;
import org.oursociety.portal.api.search.SearchHit;
import org.oursociety.portal.api.security.PortalUser;

/**
 * The directory's part of the portal's one search: published organisations (name, description) and services
 * (name, description, organisation, category) of the area and its sub-areas, organisations first.
 */
@ApplicationScoped
public class DirectorySearch implements AreaSearchProvider {

    @Inject
    HsdsPublication publication;

    @Override
    public List<SearchHit> search(String areaSlug, String query, Locale language, Optional<PortalUser> reader) {
        List<String> scope = publication.scope(areaSlug);
        String base = "/directory/" + areaSlug + "/";
        List<SearchHit> hits = new ArrayList<>();
        for (ObjectNode org : publication.organizations(scope, query, 1, MAX_RESULTS / 2, true).items()) {
            hits.add(new SearchHit(text(org, "name"), base + "organization.xhtml?id=" + text(org, "id"),
                    SearchHit.snippet(text(org, "description"), 160)));
        }
        SearchCriteria criteria = new SearchCriteria(scope, query, null, null, null, null, null, null, null, null, null,
                false, null);
        for (HsdsQueries.Found found : publication.search(criteria, 1, MAX_RESULTS - hits.size(), true).items()) {
            hits.add(new SearchHit(text(found.service(), "name"), base + "service.xhtml?id=" + text(found.service(), "id"),
                    SearchHit.snippet(text(found.service(), "description"), 160)));
        }
        return hits;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
