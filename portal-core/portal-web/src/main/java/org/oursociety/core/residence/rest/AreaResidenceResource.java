package org.oursociety.core.residence.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.core.residence.application.CodeSheet;
import org.oursociety.core.residence.application.IssuedCodes;
import org.oursociety.core.residence.application.ResidenceService;
import org.oursociety.core.residence.application.VotingCodeService;
import org.oursociety.core.residence.domain.ClaimSummary;
import org.oursociety.portal.api.rest.ProblemException;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /api/areas/{slug}/residence}: pending claims and decisions ({@code residence.decide}), and
 * batches of voting codes ({@code residence.codes}), for those {@code AreaAccess} allows in that area.
 */
@Path("areas/{slug}/residence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AreaResidenceResource {

    public static final String CSV = "text/csv";

    @Inject
    ResidenceService service;

    @Inject
    VotingCodeService codes;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("pending")
    public List<ResidenceJson.Pending> pending(@PathParam("slug") String slug) {
        return service.pending(actor(), slug).stream().map(ResidenceJson.Pending::of).toList();
    }

    @POST
    @Path("{claimId}/verify")
    public ResidenceJson.Claim verify(@PathParam("slug") String slug, @PathParam("claimId") String claimId) {
        return decide(slug, claimId, true);
    }

    @POST
    @Path("{claimId}/reject")
    public ResidenceJson.Claim reject(@PathParam("slug") String slug, @PathParam("claimId") String claimId) {
        return decide(slug, claimId, false);
    }

    /** 201 with the codes: JSON, or with {@code Accept: text/csv} a CSV file (one code a line). */
    @POST
    @Path("codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response issue(@PathParam("slug") String slug, ResidenceJson.CodesRequest request,
                          @jakarta.ws.rs.core.Context HttpHeaders headers) {
        PortalUser actor = actor();
        if (request == null) {
            throw ProblemException.badRequest("Send {\"count\": 1..1000, \"validDays\": 1..365}.");
        }
        IssuedCodes issued = codes.issue(actor, slug, request.count(), request.validDays());
        boolean csv = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> CSV.equalsIgnoreCase(type.getType() + "/" + type.getSubtype()));
        // The codes are secrets in clear: no cache anywhere may keep this answer.
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED).header("Cache-Control", "no-store");
        if (csv) {
            return response.type(CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + CodeSheet.fileName(issued) + "\"")
                    .entity(CodeSheet.csv(issued, redeemUrl())).build();
        }
        return response.type(MediaType.APPLICATION_JSON_TYPE).entity(new ResidenceJson.Codes(issued.batchId(),
                issued.areaSlug(), issued.issuedAt(), issued.expiresAt(), issued.count(), redeemUrl(), issued.codes())).build();
    }

    private ResidenceJson.Claim decide(String slug, String claimId, boolean accept) {
        PortalUser actor = actor();
        UUID id;
        try {
            id = UUID.fromString(claimId);
        } catch (IllegalArgumentException e) {
            throw CoreRefusal.notFound("residence.unknown-claim", claimId);
        }
        ClaimSummary claim = service.decide(actor, slug, id, accept);
        return ResidenceJson.Claim.of(claim);
    }

    private String redeemUrl() {
        return codes.redeemUrl();
    }

    private PortalUser actor() {
        return currentUser.user().orElseThrow(Refusal::signInFirst);
    }
}
