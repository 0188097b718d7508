package org.oursociety.core.residence.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.oursociety.core.residence.application.ResidenceService;
import org.oursociety.core.residence.application.VotingCodeService;
import org.oursociety.core.residence.domain.ClaimSummary;
import org.oursociety.portal.api.area.Residence;
import org.oursociety.portal.api.rest.ProblemException;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/** {@code /api/me/residence}: the caller's residence claims, claiming by postcode, redeeming a code. */
@Path("me/residence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyResidenceResource {

    @Inject
    ResidenceService service;

    @Inject
    VotingCodeService codes;

    @Inject
    Residence residence;

    @Inject
    CurrentUser currentUser;

    @GET
    public ResidenceJson.Mine mine() {
        PortalUser user = user();
        residence.forget(user.id());
        List<ResidenceJson.Claim> claims = service.claims(user).stream().map(ResidenceJson.Claim::of).toList();
        return new ResidenceJson.Mine(claims, residence.residentOf(user.id()).stream().sorted().toList());
    }

    /** 200 with the claim: {@code "status": "verified"} when the postcode is in the area's list, else {@code "pending"}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ResidenceJson.Claim claim(ResidenceJson.ClaimRequest request) {
        PortalUser user = user();
        if (request == null) {
            throw ProblemException.badRequest("Send {\"area\": \"<slug>\", \"postcode\": \"CF10 1AA\"}.");
        }
        ClaimSummary claim = service.claim(user, request.area(), request.postcode());
        residence.forget(user.id());
        return ResidenceJson.Claim.of(claim);
    }

    @POST
    @Path("code")
    @Consumes(MediaType.APPLICATION_JSON)
    public ResidenceJson.Claim redeem(ResidenceJson.CodeRequest request) {
        PortalUser user = user();
        if (request == null) {
            throw ProblemException.badRequest("Send {\"code\": \"XXXX-XXXX-XXXX-XXXX\"}.");
        }
        ClaimSummary claim = codes.redeem(user, request.code());
        residence.forget(user.id());
        return ResidenceJson.Claim.of(claim);
    }

    private PortalUser user() {
        return currentUser.user().orElseThrow(Refusal::signInFirst);
    }
}
