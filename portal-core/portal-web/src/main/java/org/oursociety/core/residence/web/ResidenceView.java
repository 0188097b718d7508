package org.oursociety.core.residence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.oursociety.core.residence.application.ResidenceRefused;
import org.oursociety.core.residence.application.ResidenceService;
import org.oursociety.core.residence.application.VotingCodeService;
import org.oursociety.core.residence.domain.ClaimSummary;
import org.oursociety.core.residence.domain.ResidenceStatus;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.area.Residence;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /account/residence.xhtml}: where the signed-in resident lives (their claims), claiming an
 * area by postcode, and redeeming a voting code. Anonymous visitors are sent to sign in first.
 */
@Named
@ViewScoped
public class ResidenceView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/account/residence.xhtml";

    /** An area in the chooser, indented by its depth in the tree. */
    public record AreaChoice(String slug, String label) implements Serializable {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ResidenceService residence;

    @Inject
    VotingCodeService codes;

    @Inject
    AreaDirectory directory;

    @Inject
    Residence residents;

    @Inject
    org.oursociety.core.area.application.AreaService areaService;

    private List<ClaimSummary> claims = List.of();
    private List<String> residentOf = List.of();
    private String area;
    private String postcode;
    private String code;
    private boolean confirmed;
    private ClaimSummary replacing;

    public void load() throws IOException {
        PortalUser user = signedIn();
        if (user != null) {
            refresh(user);
        }
    }

    public void claim() throws IOException {
        PortalUser user = signedIn();
        if (user == null) {
            return;
        }
        try {
            if (area == null || area.isBlank()) {
                area = areaCovering(postcode).orElse(area);
            }
            Optional<ClaimSummary> verified = verifiedOfTheSameType(area);
            if (verified.isPresent() && !confirmed) {
                // Ask first: the resident is a verified resident of an area of this kind already.
                replacing = verified.get();
                return;
            }
            confirmed = false;
            replacing = null;
            ClaimSummary claim = residence.claim(user, area, postcode);
            ResidencePages.info(claim.status() == ResidenceStatus.verified ? "residence.claimed.verified"
                    : "residence.claimed.pending", claim.areaName());
            postcode = null;
        } catch (ResidenceRefused refused) {
            ResidencePages.refused("claim", refused);
        }
        refresh(user);
    }

    /** "Yes, claim it": the resident confirmed that the new claim may replace their verified one. */
    public void confirmClaim() throws IOException {
        confirmed = true;
        claim();
    }

    /** "No, keep it". */
    public void keepClaim() {
        confirmed = false;
        replacing = null;
    }

    /** The verified claim a new claim would replace, while the page asks; else {@code null}. */
    public ClaimSummary getReplacing() {
        return replacing;
    }

    /** The name of the area being claimed, for the question. */
    public String getClaimingName() {
        return area == null ? "" : directory.current().bySlug(area).map(AreaMap.AreaRef::name).orElse(area);
    }

    private Optional<ClaimSummary> verifiedOfTheSameType(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        Optional<String> type = directory.current().bySlug(slug).map(AreaMap.AreaRef::type);
        return claims.stream().filter(c -> c.status() == ResidenceStatus.verified)
                .filter(c -> type.isPresent() && c.areaType().equals(type.get()) && !c.areaSlug().equals(slug))
                .findFirst();
    }

    public void redeem() throws IOException {
        PortalUser user = signedIn();
        if (user == null) {
            return;
        }
        try {
            ClaimSummary claim = codes.redeem(user, code);
            ResidencePages.info("residence.redeemed", claim.areaName());
            code = null;
        } catch (ResidenceRefused refused) {
            ResidencePages.refused("redeem", refused);
        }
        refresh(user);
    }

    /**
     * The most local area whose postcode list covers the postcode, when the resident did not choose
     * one: a full postcode listed by a ward wins over a district listed by the borough.
     */
    java.util.Optional<String> areaCovering(String typed) {
        org.oursociety.core.area.domain.Postcode wanted;
        try {
            wanted = org.oursociety.core.area.domain.Postcode.parse(typed);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty(); // the claim itself says what is wrong with it
        }
        if (wanted.isDistrict()) {
            return java.util.Optional.empty();
        }
        AreaMap map = directory.current();
        org.oursociety.core.area.domain.AreaTree tree = areaService.tree();
        return tree.roots().stream()
                .flatMap(root -> descendants(tree, root))
                .filter(a -> !a.isArchived() && a.postcodes().stream().anyMatch(p -> p.covers(wanted)))
                .filter(a -> map.bySlug(a.slug()).isPresent())
                .max(java.util.Comparator.comparingInt((org.oursociety.core.area.domain.Area a) ->
                                map.bySlug(a.slug()).map(map::depth).orElse(0))
                        .thenComparing(a -> a.postcodes().stream().anyMatch(p -> !p.isDistrict() && p.covers(wanted))))
                .map(org.oursociety.core.area.domain.Area::slug);
    }

    private static java.util.stream.Stream<org.oursociety.core.area.domain.Area> descendants(
            org.oursociety.core.area.domain.AreaTree tree, org.oursociety.core.area.domain.Area area) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(area),
                tree.childrenOf(area).stream().flatMap(child -> descendants(tree, child)));
    }

    /** The chooser's areas, in tree order. */
    public List<AreaChoice> getAreas() {
        AreaMap map = directory.current();
        return map.inTreeOrder().stream()
                .map(a -> new AreaChoice(a.slug(), "\u00a0\u00a0".repeat(map.depth(a)) + a.name()))
                .toList();
    }

    private void refresh(PortalUser user) {
        residents.forget(user.id());
        claims = residence.claims(user);
        AreaMap map = directory.current();
        residentOf = residents.residentOf(user.id()).stream()
                .map(slug -> map.bySlug(slug).map(AreaMap.AreaRef::name).orElse(slug)).sorted().toList();
    }

    private PortalUser signedIn() throws IOException {
        PortalUser user = currentUser.user().orElse(null);
        if (user == null) {
            ResidencePages.toSignIn(PATH);
        }
        return user;
    }

    public String statusText(ClaimSummary claim) {
        return ResidencePages.bundle().get("status." + claim.status().name());
    }

    public String methodText(ClaimSummary claim) {
        return claim.method() == null ? "" : ResidencePages.bundle().get("method." + claim.method().name());
    }

    public List<ClaimSummary> getClaims() {
        return claims;
    }

    public String getResidentOf() {
        return String.join(", ", residentOf);
    }

    public boolean isResident() {
        return !residentOf.isEmpty();
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
