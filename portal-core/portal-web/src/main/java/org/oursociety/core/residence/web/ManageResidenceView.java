package org.oursociety.core.residence.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.area.infrastructure.AreaRepository;
import org.oursociety.core.residence.application.CodeSheet;
import org.oursociety.core.residence.application.IssuedCodes;
import org.oursociety.core.residence.application.ResidenceService;
import org.oursociety.core.residence.application.VotingCodeService;
import org.oursociety.core.residence.domain.PendingClaim;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /manage/residence.xhtml?area=slug}: an area's pending claims and its voting codes, for those
 * {@code AreaAccess} lets decide claims or issue codes there (not only platform admins, hence outside
 * {@code /admin/}). Anyone else gets 403, an unknown area 404; every action checks again.
 *
 * <p>Issued codes stay in this view's state until the admin leaves the page, so the sheet can be
 * printed and the CSV downloaded after the post that made them; they are never stored in clear.
 */
@Named
@ViewScoped
public class ManageResidenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ResidenceService residence;

    @Inject
    VotingCodeService codes;

    @Inject
    AreaRepository areas;

    private String area;
    private String areaName;
    private boolean mayDecide;
    private boolean mayIssue;
    private List<PendingClaim> pending = List.of();
    private Integer count = 50;
    private Integer validDays = 30;
    private IssuedCodes issued;

    public void load() throws IOException {
        PortalUser user = currentUser.user().orElse(null);
        if (user == null) {
            ResidencePages.toSignIn("/manage/residence.xhtml?area=" + (area == null ? "" : area));
            return;
        }
        Area found = area == null ? null : areas.bySlug(area).orElse(null);
        if (found == null) {
            ResidencePages.answer(404);
            return;
        }
        areaName = found.name();
        mayDecide = residence.mayDecide(user, area);
        mayIssue = codes.mayIssue(user, area);
        if (!mayDecide && !mayIssue) {
            ResidencePages.answer(403);
            return;
        }
        refresh(user);
    }

    public void verify(String claimId) throws IOException {
        decide(claimId, true);
    }

    public void reject(String claimId) throws IOException {
        decide(claimId, false);
    }

    private void decide(String claimId, boolean accept) throws IOException {
        PortalUser user = user();
        if (user == null) {
            return;
        }
        try {
            residence.decide(user, area, UUID.fromString(claimId), accept);
            ResidencePages.info(accept ? "manage.verified" : "manage.rejected");
        } catch (Refusal refused) {
            ResidencePages.refused("pending", refused);
        }
        refresh(user);
    }

    public void issue() throws IOException {
        PortalUser user = user();
        if (user == null) {
            return;
        }
        try {
            issued = codes.issue(user, area, count, validDays);
            ResidencePages.info("manage.issued", issued.count(), issued.areaName(), getExpiryDay());
        } catch (Refusal refused) {
            ResidencePages.refused("codes", refused);
        }
    }

    /** The codes just issued as a CSV file, from this view's state (nothing is issued again). */
    public void downloadCsv() throws IOException {
        if (issued == null || user() == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + CodeSheet.fileName(issued) + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(CodeSheet.csv(issued, getRedeemUrl()).getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }

    private void refresh(PortalUser user) {
        pending = mayDecide ? residence.pending(user, area) : List.of();
    }

    private PortalUser user() throws IOException {
        PortalUser user = currentUser.user().orElse(null);
        if (user == null) {
            ResidencePages.toSignIn("/manage/residence.xhtml?area=" + area);
        }
        return user;
    }

    public String getRedeemUrl() {
        return codes.redeemUrl();
    }

    public String getExpiryDay() {
        return issued == null ? "" : CodeSheet.expiryDay(issued,
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getAreaName() {
        return areaName;
    }

    public boolean isMayDecide() {
        return mayDecide;
    }

    public boolean isMayIssue() {
        return mayIssue;
    }

    public List<PendingClaim> getPending() {
        return pending;
    }

    public IssuedCodes getIssued() {
        return issued;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }
}
