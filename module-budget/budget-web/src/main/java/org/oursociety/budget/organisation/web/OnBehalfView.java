package org.oursociety.budget.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.oursociety.budget.organisation.application.Submission;
import org.oursociety.budget.organisation.infrastructure.BackingStore.Backing;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * The "on behalf of" choice of the proposal form: the directory organisations the member edits, asked of the
 * directory with the member's own token once per request. No choice is shown to members who edit none; a
 * plain note when the directory does not answer (the member can still propose in their own name).
 */
@Named
@RequestScoped
public class OnBehalfView {

    @Inject
    Submission submission;

    @Inject
    HttpServletRequest request;

    private Optional<List<Backing>> organisations;
    private String organisation;

    public HttpServletRequest request() {
        return request;
    }

    private Optional<List<Backing>> organisations() {
        if (organisations == null) {
            organisations = submission.organisations(PortalCalls.token(request));
        }
        return organisations;
    }

    public List<Backing> getChoices() {
        return organisations().orElse(List.of());
    }

    public boolean isDirectorySilent() {
        return organisations().isEmpty();
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
