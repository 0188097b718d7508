package org.oursociety.core.residence.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A batch of one-time voting codes for one area, issued by an area admin to hand out in person.
 * The codes exist in clear only in the {@link Issued} result, shown once; the batch keeps their hashes.
 */
public record CodeBatch(UUID id, UUID areaId, UUID issuedBy, Instant issuedAt, Instant expiresAt, List<String> hashes) {

    public static final int MAX_COUNT = 1000;
    public static final int MAX_DAYS = 365;

    public CodeBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(areaId, "areaId");
        hashes = List.copyOf(hashes);
        if (hashes.isEmpty() || hashes.size() > MAX_COUNT) {
            throw new IllegalArgumentException("A batch has 1 to " + MAX_COUNT + " codes");
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("A batch expires after it is issued");
        }
    }

    /** A new batch and its codes in clear (compact form), which are not kept anywhere. */
    public record Issued(CodeBatch batch, List<String> codes) {
    }

    /**
     * Issues {@code count} codes valid for {@code validDays} days.
     *
     * @throws IllegalArgumentException for a count outside 1..1000 or days outside 1..365
     */
    public static Issued issue(UUID areaId, UUID issuedBy, int count, int validDays, Instant now) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count");
        }
        if (validDays < 1 || validDays > MAX_DAYS) {
            throw new IllegalArgumentException("validDays");
        }
        // A set: two equal codes in one batch (about 2^-60 likely) would make one of them unusable.
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            codes.add(VotingCode.generate());
        }
        List<String> hashes = new ArrayList<>();
        codes.forEach(code -> hashes.add(VotingCode.hash(code)));
        CodeBatch batch = new CodeBatch(UUID.randomUUID(), areaId, issuedBy, now, now.plus(Duration.ofDays(validDays)), hashes);
        return new Issued(batch, List.copyOf(codes));
    }

    public int count() {
        return hashes.size();
    }
}
