package org.oursociety.core.residence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditActions;
import org.oursociety.core.audit.domain.AuditTarget;
import org.oursociety.core.mail.application.MailSettings;
import org.oursociety.core.residence.domain.ClaimSummary;
import org.oursociety.core.residence.domain.CodeBatch;
import org.oursociety.core.residence.domain.VotingCode;
import org.oursociety.core.residence.infrastructure.ResidenceRepository;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.security.PortalUser;

/** Batches of one-time voting codes: issued by area admins, redeemed by residents. */
@ApplicationScoped
public class VotingCodeService {

    @Inject
    ResidenceService residence;

    @Inject
    CodeGuessThrottle throttle;

    @Inject
    AreaAccess access;

    @Inject
    AuditLog audit;

    @Inject
    MailSettings settings;

    private final Clock clock = Clock.systemUTC();
    @Inject
    ResidenceRepository store;


    /** The absolute address printed on the slips, from {@code portal.base-url}. */
    public String redeemUrl() {
        return CodeSheet.redeemUrl(settings.baseUrl());
    }

    public boolean mayIssue(PortalUser actor, String areaSlug) {
        return access.can(actor, AreaAccess.ISSUE_CODES, areaSlug);
    }

    /**
     * Issues {@code count} (1..1000) codes for the area, valid {@code validDays} (1..365) days; audited
     * with the count and expiry (never the codes).
     *
     * @return the codes, which are shown this once and kept only as hashes
     */
    @Transactional
    public IssuedCodes issue(PortalUser actor, String areaSlug, Integer count, Integer validDays) {
        Area area = residence.existing(areaSlug);
        residence.require(actor, AreaAccess.ISSUE_CODES, area);
        if (area.isArchived()) {
            throw ResidenceRefusal.conflict(null, "error.area.archived", areaSlug);
        }
        if (count == null || count < 1 || count > CodeBatch.MAX_COUNT) {
            throw ResidenceRefusal.badInput("count", "error.count");
        }
        if (validDays == null || validDays < 1 || validDays > CodeBatch.MAX_DAYS) {
            throw ResidenceRefusal.badInput("validDays", "error.validDays");
        }
        CodeBatch.Issued issued = CodeBatch.issue(area.id(), actor.id(), count, validDays, clock.instant());
        CodeBatch batch = issued.batch();
        ResidenceService.write(() -> store.addBatch(batch));
        audit.record(AuditActions.RESIDENCE_CODES_ISSUED, AuditTarget.of("area", area.id(), area.slug()), Map.of(
                "batch", batch.id().toString(), "count", Integer.toString(batch.count()),
                "expiresAt", batch.expiresAt().toString()));
        List<String> printed = issued.codes().stream().map(VotingCode::display).toList();
        return new IssuedCodes(batch.id(), area.slug(), area.name(), batch.issuedAt(), batch.expiresAt(), printed);
    }

    /**
     * Redeems a code as typed (case, spaces and hyphens forgiven). Not one transaction: the attempt is
     * counted in its own, before the code is looked at, so a refusal still counts.
     */
    public ClaimSummary redeem(PortalUser user, String typed) {
        throttle.count(user.id());
        String compact = VotingCode.normalise(typed)
                .orElseThrow(() -> ResidenceRefusal.badInput("code", "error.code.malformed"));
        ClaimSummary claim = residence.redeem(user, compact);
        throttle.forgive(user.id());
        return claim;
    }
}
