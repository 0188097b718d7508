package org.oursociety.core.residence.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.core.area.domain.Postcode;

/**
 * A user's claim to live in an area. At most one per user per area type (ward, neighbourhood, ...):
 * a new claim of a type replaces the old one, as moving home does. A claim by postcode is verified
 * at once when the area's postcode list covers it and otherwise waits for an area admin; a voting
 * code verifies at once; only a pending claim can be decided.
 */
public final class ResidenceClaim {

    private final UUID id;
    private final UUID userId;
    private final UUID areaId;
    private final String areaType;
    private final Postcode postcode;
    private final Instant claimedAt;
    private ResidenceStatus status;
    private ResidenceMethod method;
    private Instant decidedAt;
    private UUID decidedBy;

    /** A claim as stored; {@link #byPostcode} and {@link #byCode} make new ones. */
    public ResidenceClaim(UUID id, UUID userId, UUID areaId, String areaType, Postcode postcode, ResidenceStatus status,
                          ResidenceMethod method, Instant claimedAt, Instant decidedAt, UUID decidedBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.areaId = Objects.requireNonNull(areaId, "areaId");
        this.areaType = Objects.requireNonNull(areaType, "areaType");
        this.postcode = postcode;
        this.status = Objects.requireNonNull(status, "status");
        this.method = method;
        this.claimedAt = Objects.requireNonNull(claimedAt, "claimedAt");
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        if ((status == ResidenceStatus.pending) != (method == null) || (method == null) != (decidedAt == null)) {
            throw new IllegalArgumentException("A pending claim has no method or decision time; a settled one has both");
        }
    }

    /**
     * A claim to live at {@code postcode} in the area whose list is {@code covered}: verified at once
     * when an entry (the postcode itself or its district) covers it, otherwise pending.
     *
     * @throws IllegalArgumentException when the postcode is only a district: a home has a full postcode
     */
    public static ResidenceClaim byPostcode(UUID userId, UUID areaId, String areaType, Postcode postcode,
                                            List<Postcode> covered, Instant now) {
        if (postcode.isDistrict()) {
            throw new IllegalArgumentException("A claim needs the full postcode, like CF10 1AA, not only its district");
        }
        boolean inList = covered.stream().anyMatch(entry -> entry.covers(postcode));
        return inList
                ? new ResidenceClaim(UUID.randomUUID(), userId, areaId, areaType, postcode, ResidenceStatus.verified,
                        ResidenceMethod.postcode, now, now, null)
                : new ResidenceClaim(UUID.randomUUID(), userId, areaId, areaType, postcode, ResidenceStatus.pending,
                        null, now, null, null);
    }

    /** Verified by a one-time code the council handed out in that area. */
    public static ResidenceClaim byCode(UUID userId, UUID areaId, String areaType, Instant now) {
        return new ResidenceClaim(UUID.randomUUID(), userId, areaId, areaType, null, ResidenceStatus.verified,
                ResidenceMethod.code, now, now, null);
    }

    /** An area admin accepts a pending claim. */
    public void verify(UUID admin, Instant now) {
        decide(ResidenceStatus.verified, admin, now);
    }

    /** An area admin refuses a pending claim; the user may claim again. */
    public void reject(UUID admin, Instant now) {
        decide(ResidenceStatus.rejected, admin, now);
    }

    private void decide(ResidenceStatus outcome, UUID admin, Instant now) {
        if (status != ResidenceStatus.pending) {
            throw new IllegalStateException("This claim is " + status + " already; only pending claims are decided");
        }
        this.status = outcome;
        this.method = ResidenceMethod.decision;
        this.decidedAt = now;
        this.decidedBy = Objects.requireNonNull(admin, "admin");
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public UUID areaId() {
        return areaId;
    }

    public String areaType() {
        return areaType;
    }

    public Optional<Postcode> postcode() {
        return Optional.ofNullable(postcode);
    }

    public ResidenceStatus status() {
        return status;
    }

    public Optional<ResidenceMethod> method() {
        return Optional.ofNullable(method);
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<UUID> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public boolean isVerified() {
        return status == ResidenceStatus.verified;
    }
}
