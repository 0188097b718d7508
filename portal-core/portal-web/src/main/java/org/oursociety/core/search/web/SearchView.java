package org.oursociety.core.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.oursociety.core.search.application.PortalSearch;
import org.oursociety.core.search.rest.SearchResource;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.rest.Refusal;

/**
 * {@code /search.xhtml?area=&q=}: the header's search box lands here (a plain GET, so it works without
 * script) and shows what every module that is on in the area found, grouped by module.
 */
@Named
@RequestScoped
public class SearchView {

    @Inject
    PortalSearch search;

    @Inject
    AreaContext area;

    @Inject
    HttpServletRequest request;

    private List<PortalSearch.Group> groups;
    private String problem;

    public String getQ() {
        String q = request.getParameter("q");
        return q == null ? "" : q;
    }

    public boolean isAsked() {
        return request.getParameter("q") != null;
    }

    public List<PortalSearch.Group> getGroups() {
        if (groups == null) {
            groups = List.of();
            if (isAsked() && area.getCurrent() != null) {
                Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
                try {
                    groups = search.search(area.getCurrent().slug(), getQ(), language, SearchResource.token(request));
                } catch (Refusal refused) {
                    problem = refused.fields().isEmpty() ? refused.reason().in(language)
                            : refused.fields().values().iterator().next().in(language);
                }
            }
        }
        return groups;
    }

    /** Why nothing was searched (the query was empty or too long), or {@code null}. */
    public String getProblem() {
        getGroups();
        return problem;
    }
}
