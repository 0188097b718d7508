package org.oursociety.directory.proposals.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.oursociety.directory.stewardship.application.StewardshipService;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code GET /directory/api/me/organizations}: the organisations the caller is an editor of. The budget asks it with
 * the member's own token before a proposal is submitted on an organisation's behalf (issue 12), so the answer is
 * always about the person making the request and nobody else.
 */
@Path("me/organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyOrganizationsResource {

    public record Organization(String id, String name, String href) {
    }

    public record Organizations(List<Organization> organizations) {
    }

    @Inject
    StewardshipService stewardship;

    @Inject
    CurrentUser currentUser;

    @GET
    public Organizations mine() {
        return new Organizations(stewardship.editedBy(currentUser.user().orElseThrow(Refusal::signInFirst)).stream()
                .map(o -> new Organization(o.id(), o.name(), "/directory/" + o.areaSlug() + "/organization.xhtml?id="
                        + URLEncoder.encode(o.id(), StandardCharsets.UTF_8)))
                .toList());
    }
}
