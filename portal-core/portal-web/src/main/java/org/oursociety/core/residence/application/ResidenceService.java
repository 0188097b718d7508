package org.oursociety.core.residence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.area.domain.Postcode;
import org.oursociety.core.area.infrastructure.AreaRepository;
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditActions;
import org.oursociety.core.audit.domain.AuditTarget;
import org.oursociety.core.residence.domain.ClaimSummary;
import org.oursociety.core.residence.domain.PendingClaim;
import org.oursociety.core.residence.domain.Redemption;
import org.oursociety.core.residence.domain.ResidenceClaim;
import org.oursociety.core.residence.domain.VotingCode;
import org.oursociety.core.residence.infrastructure.ResidenceRepository;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.security.PortalUser;

/**
 * Residence claims: by postcode (verified at once when the area's list covers it), decisions by
 * area admins, and verification by a voting code. Who may decide is asked of {@link AreaAccess}.
 */
@ApplicationScoped
public class ResidenceService {

    @Inject
    AreaAccess access;

    @Inject
    AuditLog audit;

    @Inject
    AreaRepository areas;

    private final Clock clock = Clock.systemUTC();
    @Inject
    ResidenceRepository store;


    public List<ClaimSummary> claims(PortalUser user) {
        return read(() -> store.claimsOf(user.id()));
    }

    /**
     * Claims residence in an area at a postcode, replacing the user's claim of that area type.
     *
     * @return the new claim: verified when the area's postcode list covers the postcode, else pending
     */
    @Transactional
    public ClaimSummary claim(PortalUser user, String areaSlug, String typedPostcode) {
        Area area = claimable(areaSlug);
        Postcode postcode;
        try {
            postcode = Postcode.parse(typedPostcode);
        } catch (IllegalArgumentException e) {
            throw ResidenceRefusal.badInput("postcode", "error.postcode.invalid");
        }
        if (postcode.isDistrict()) {
            throw ResidenceRefusal.badInput("postcode", "error.postcode.district");
        }
        ResidenceClaim claim = ResidenceClaim.byPostcode(user.id(), area.id(), area.type().name(), postcode,
                area.postcodes(), clock.instant());
        write(() -> store.replace(claim));
        return summary(claim, area);
    }

    /** Claims waiting for a decision in this area, for those who may decide them. */
    public List<PendingClaim> pending(PortalUser actor, String areaSlug) {
        Area area = existing(areaSlug);
        require(actor, AreaAccess.DECIDE_RESIDENCE, area);
        return read(() -> store.pendingIn(area.id()));
    }

    /** Whether this user may decide claims in this area (pages show or hide the section). */
    public boolean mayDecide(PortalUser actor, String areaSlug) {
        return access.can(actor, AreaAccess.DECIDE_RESIDENCE, areaSlug);
    }

    /** An area admin verifies ({@code accept}) or rejects a pending claim of their area; audited. */
    @Transactional
    public ClaimSummary decide(PortalUser actor, String areaSlug, UUID claimId, boolean accept) {
        Area area = existing(areaSlug);
        require(actor, AreaAccess.DECIDE_RESIDENCE, area);
        ResidenceClaim claim = read(() -> store.lock(claimId))
                .filter(c -> c.areaId().equals(area.id()))
                .orElseThrow(() -> ResidenceRefusal.notFound("error.claim.unknown", areaSlug));
        Instant now = clock.instant();
        try {
            if (accept) {
                claim.verify(actor.id(), now);
            } else {
                claim.reject(actor.id(), now);
            }
        } catch (IllegalStateException settled) {
            throw ResidenceRefusal.conflict(null, "error.claim.settled", claim.status().name());
        }
        write(() -> store.settle(claim));
        // The postcode stays out of the log, which outlives the claim: area and claim id say enough.
        audit.record(accept ? AuditActions.RESIDENCE_VERIFIED : AuditActions.RESIDENCE_REJECTED,
                AuditTarget.of("user", claim.userId(), null), Map.of("area", area.slug(), "claim", claim.id().toString()));
        return summary(claim, area);
    }

    /**
     * Spends a voting code (compact form) and makes the user a verified resident of its area,
     * replacing their claim of that area type; both or neither happen.
     */
    @Transactional
    public ClaimSummary redeem(PortalUser user, String compactCode) {
        Instant now = clock.instant();
        Redemption outcome = read(() -> store.redeem(VotingCode.hash(compactCode), user.id(), now));
        if (outcome instanceof Redemption.Spent spent) {
            ResidenceClaim claim = ResidenceClaim.byCode(user.id(), spent.areaId(), spent.areaType(), now);
            write(() -> store.replace(claim));
            Area area = areas.byId(spent.areaId()).orElseThrow(); // the code's area: a foreign key
            // Never the code itself: the log is read by more people than the codes are meant for.
            audit.record(AuditActions.RESIDENCE_CODE_REDEEMED, AuditTarget.of("area", area.id(), area.slug()),
                    Map.of("claim", claim.id().toString()));
            return summary(claim, area);
        }
        if (outcome instanceof Redemption.AlreadyUsed) {
            throw ResidenceRefusal.conflict("code", "error.code.used");
        }
        if (outcome instanceof Redemption.Expired) {
            throw ResidenceRefusal.gone("code", "error.code.expired");
        }
        if (outcome instanceof Redemption.AreaArchived) {
            throw ResidenceRefusal.gone("code", "error.code.archived");
        }
        throw ResidenceRefusal.badInput("code", "error.code.unknown");
    }

    /** The area by slug, or a refusal for the person who named it: 404 unknown. */
    Area existing(String slug) {
        if (slug == null || slug.isBlank()) {
            throw ResidenceRefusal.badInput("area", "error.area.missing");
        }
        return areas.bySlug(slug).orElseThrow(() -> ResidenceRefusal.notFound("error.area.unknown", slug));
    }

    /** For a claim the area is part of the input: unknown or archived is a bad field, not a missing page. */
    private Area claimable(String slug) {
        if (slug == null || slug.isBlank()) {
            throw ResidenceRefusal.badInput("area", "error.area.missing");
        }
        Area area = areas.bySlug(slug).orElseThrow(() -> ResidenceRefusal.badInput("area", "error.area.unknown", slug));
        if (area.isArchived()) {
            throw ResidenceRefusal.badInput("area", "error.area.archived", slug);
        }
        return area;
    }

    void require(PortalUser actor, String permission, Area area) {
        if (!access.can(actor, permission, area.slug())) {
            throw ResidenceRefusal.forbidden("error.forbidden", area.slug());
        }
    }

    private static ClaimSummary summary(ResidenceClaim claim, Area area) {
        return new ClaimSummary(claim.id(), area.slug(), area.name(), claim.areaType(),
                claim.postcode().map(Postcode::value).orElse(null), claim.status(), claim.method().orElse(null),
                claim.claimedAt(), claim.decidedAt().orElse(null));
    }

    interface SqlRead<T> {
        T get() throws SQLException;
    }

    interface SqlWrite {
        void run() throws SQLException;
    }

    static <T> T read(SqlRead<T> read) {
        try {
            return read.get();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read residence data", e);
        }
    }

    static void write(SqlWrite write) {
        try {
            write.run();
        } catch (SQLException e) {
            // Unchecked, so the transaction rolls back: nothing half-saved.
            throw new IllegalStateException("Cannot write residence data", e);
        }
    }
}
