package org.oursociety.core.residence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oursociety.core.area.domain.Postcode;

class ResidenceClaimTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final UUID user = UUID.randomUUID();
    private final UUID ward = UUID.randomUUID();

    @Test
    void aPostcodeInTheAreasDistrictIsVerifiedAtOnce() {
        ResidenceClaim claim = ResidenceClaim.byPostcode(user, ward, "ward", Postcode.parse("dm1 1aa"),
                List.of(Postcode.parse("DM1")), NOW);

        assertThat(claim.status()).isEqualTo(ResidenceStatus.verified);
        assertThat(claim.method()).contains(ResidenceMethod.postcode);
        assertThat(claim.decidedAt()).contains(NOW);
        assertThat(claim.decidedBy()).isEmpty();
        assertThat(claim.postcode()).contains(new Postcode("DM1 1AA"));
    }

    @Test
    void anExactPostcodeInTheListIsVerifiedButItsNeighbourWaits() {
        List<Postcode> list = List.of(Postcode.parse("CF10 1AA"));

        assertThat(ResidenceClaim.byPostcode(user, ward, "ward", Postcode.parse("CF101AA"), list, NOW).isVerified()).isTrue();
        ResidenceClaim neighbour = ResidenceClaim.byPostcode(user, ward, "ward", Postcode.parse("CF10 1AB"), list, NOW);
        assertThat(neighbour.status()).isEqualTo(ResidenceStatus.pending);
        assertThat(neighbour.method()).isEmpty();
        assertThat(neighbour.decidedAt()).isEmpty();
    }

    @Test
    void aPostcodeOutsideTheListOrAnAreaWithoutAListWaitsForADecision() {
        assertThat(ResidenceClaim.byPostcode(user, ward, "ward", Postcode.parse("DM2 1AA"), List.of(Postcode.parse("DM1")), NOW)
                .status()).isEqualTo(ResidenceStatus.pending);
        assertThat(ResidenceClaim.byPostcode(user, ward, "ward", Postcode.parse("DM2 1AA"), List.of(), NOW)
                .status()).isEqualTo(ResidenceStatus.pending);
    }

    @Test
    void aHomeHasAFullPostcodeNotADistrict() {
        assertThatThrownBy(() -> ResidenceClaim.byPostcode(user, ward, "ward", Postcode.parse("DM1"), List.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("full postcode");
    }

    @Test
    void anAdminDecidesAPendingClaimOnce() {
        UUID admin = UUID.randomUUID();
        ResidenceClaim claim = pending();

        claim.verify(admin, NOW.plusSeconds(60));

        assertThat(claim.status()).isEqualTo(ResidenceStatus.verified);
        assertThat(claim.method()).contains(ResidenceMethod.decision);
        assertThat(claim.decidedBy()).contains(admin);
        assertThat(claim.decidedAt()).contains(NOW.plusSeconds(60));
        assertThatThrownBy(() -> claim.reject(admin, NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("verified already");
    }

    @Test
    void aRejectedClaimCannotBeVerifiedLater() {
        ResidenceClaim claim = pending();
        claim.reject(UUID.randomUUID(), NOW);

        assertThat(claim.status()).isEqualTo(ResidenceStatus.rejected);
        assertThatThrownBy(() -> claim.verify(UUID.randomUUID(), NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCodeVerifiesWithoutAPostcodeAndClaimsAreNeverDecidedTwice() {
        ResidenceClaim claim = ResidenceClaim.byCode(user, ward, "ward", NOW);

        assertThat(claim.status()).isEqualTo(ResidenceStatus.verified);
        assertThat(claim.method()).contains(ResidenceMethod.code);
        assertThat(claim.postcode()).isEmpty();
        assertThatThrownBy(() -> claim.reject(UUID.randomUUID(), NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStoredClaimMustBeConsistent() {
        assertThatThrownBy(() -> new ResidenceClaim(UUID.randomUUID(), user, ward, "ward", null, ResidenceStatus.verified,
                null, NOW, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResidenceClaim(UUID.randomUUID(), user, ward, "ward", null, ResidenceStatus.pending,
                ResidenceMethod.postcode, NOW, NOW, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private ResidenceClaim pending() {
        return ResidenceClaim.byPostcode(user, ward, "ward", Postcode.parse("ZZ9 9ZZ"), List.of(), NOW);
    }
}
