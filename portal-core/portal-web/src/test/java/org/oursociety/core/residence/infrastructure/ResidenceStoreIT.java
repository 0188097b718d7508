package org.oursociety.core.residence.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oursociety.core.area.domain.Postcode;
import org.oursociety.core.privacy.domain.Erasure;
import org.oursociety.core.privacy.infrastructure.PersonalDataStore;
import org.oursociety.core.residence.domain.ClaimSummary;
import org.oursociety.core.residence.domain.CodeBatch;
import org.oursociety.core.residence.domain.Redemption;
import org.oursociety.core.residence.domain.ResidenceClaim;
import org.oursociety.core.residence.domain.ResidenceStatus;
import org.oursociety.core.residence.domain.VotingCode;
import org.oursociety.portal.api.area.Residence;
import org.oursociety.portal.api.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.TestDatabase;

/** Residence claims and voting codes against PostgreSQL, with the rules that must hold under concurrency. */
class ResidenceStoreIT {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static TestDatabase db;
    private static DataSource ds;
    private static ResidenceStore store;
    private static UUID borough;
    private static UUID riverside;
    private static UUID hillcrest;
    private static UUID quay;

    @BeforeAll
    static void migrate() throws SQLException {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "core", ResidenceStoreIT.class.getClassLoader());
        store = new ResidenceStore(ds);
        borough = area(null, "borough", "authority");
        riverside = area(borough, "riverside", "ward");
        hillcrest = area(borough, "hillcrest", "ward");
        quay = area(riverside, "quay", "neighbourhood");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aPendingClaimNeverReplacesAVerifiedOneUntilItIsVerified() throws SQLException {
        UUID ann = user();
        ResidenceClaim first = verifiedByPostcode(ann, riverside, "ward");
        store.replace(first);
        store.replace(verifiedByPostcode(ann, quay, "neighbourhood"));
        ResidenceClaim moved = ResidenceClaim.byPostcode(ann, hillcrest, "ward", Postcode.parse("DM2 1AA"), List.of(), NOW);
        store.replace(moved);

        assertThat(store.claimsOf(ann)).as("the verified ward stays beside the new claim")
                .extracting(c -> c.areaSlug() + ":" + c.status())
                .containsExactly("quay:verified", "riverside:verified", "hillcrest:pending");
        ResidenceClaim again = ResidenceClaim.byPostcode(ann, hillcrest, "ward", Postcode.parse("DM2 1AB"), List.of(), NOW);
        store.replace(again);
        assertThat(store.claimsOf(ann)).as("a second pending claim replaces the first pending one only")
                .extracting(c -> c.areaSlug() + ":" + c.status() + ":" + c.postcode())
                .containsExactly("quay:verified:DM1 1AA", "riverside:verified:DM1 1AA", "hillcrest:pending:DM2 1AB");
        assertThat(store.lock(moved.id())).as("an admin can no longer decide the replaced claim").isEmpty();

        ResidenceClaim decided = store.lock(again.id()).orElseThrow();
        decided.verify(user(), NOW.plusSeconds(5));
        store.settle(decided);
        assertThat(store.claimsOf(ann)).as("verifying the new ward ends the old one")
                .extracting(c -> c.areaSlug() + ":" + c.status())
                .containsExactly("quay:verified", "hillcrest:verified");
        assertThat(store.lock(first.id())).isEmpty();
    }

    @Test
    void aClaimVerifiedAtOnceReplacesEveryClaimOfItsType() throws SQLException {
        UUID amy = user();
        store.replace(verifiedByPostcode(amy, riverside, "ward"));
        store.replace(ResidenceClaim.byPostcode(amy, hillcrest, "ward", Postcode.parse("DM2 1AA"), List.of(), NOW));
        ResidenceClaim moved = verifiedByPostcode(amy, hillcrest, "ward");
        store.replace(moved);

        assertThat(store.claimsOf(amy)).extracting(ClaimSummary::id).containsExactly(moved.id());
    }

    @Test
    void theDatabaseRefusesASecondVerifiedOrASecondOpenClaimOfTheSameType() throws SQLException {
        UUID bob = user();
        store.replace(verifiedByPostcode(bob, riverside, "ward"));
        store.replace(ResidenceClaim.byPostcode(bob, hillcrest, "ward", Postcode.parse("DM2 1AA"), List.of(), NOW));

        assertThatThrownBy(() -> execute("insert into core.residence (id, user_id, area_id, area_type, status, claimed_at)"
                + " values (gen_random_uuid(), '" + bob + "', '" + hillcrest + "', 'ward', 'pending', now())"))
                .isInstanceOf(SQLException.class).hasMessageContaining("residence_open_per_type");
        assertThatThrownBy(() -> execute("insert into core.residence (id, user_id, area_id, area_type, postcode, status, method,"
                + " claimed_at, decided_at) values (gen_random_uuid(), '" + bob + "', '" + hillcrest + "', 'ward', 'DM2 1AA',"
                + " 'verified', 'postcode', now(), now())"))
                .isInstanceOf(SQLException.class).hasMessageContaining("residence_verified_per_type");
    }

    @Test
    void claimsMadeAtTheSameMomentStillLeaveOneClaimPerType() throws Exception {
        UUID cat = user();
        List<Callable<Void>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID area = i % 2 == 0 ? riverside : hillcrest;
            claims.add(() -> {
                store.replace(verifiedByPostcode(cat, area, "ward"));
                return null;
            });
        }
        runTogether(claims);

        assertThat(store.claimsOf(cat)).hasSize(1);
    }

    @Test
    void anAdminsDecisionIsStoredAndThePendingListShowsOnlyWaitingClaims() throws SQLException {
        UUID dan = user();
        UUID eve = user();
        ResidenceClaim waiting = ResidenceClaim.byPostcode(dan, hillcrest, "ward", Postcode.parse("ZZ1 1ZZ"), List.of(), NOW);
        store.replace(waiting);
        store.replace(ResidenceClaim.byPostcode(eve, hillcrest, "ward", Postcode.parse("ZZ1 2ZZ"), List.of(), NOW));
        assertThat(store.pendingIn(hillcrest)).extracting(p -> p.userId()).contains(dan, eve);

        ResidenceClaim locked = store.lock(waiting.id()).orElseThrow();
        UUID admin = user();
        locked.verify(admin, NOW.plusSeconds(5));
        store.settle(locked);

        assertThat(store.pendingIn(hillcrest)).extracting(p -> p.userId()).doesNotContain(dan).contains(eve);
        ResidenceClaim stored = store.lock(waiting.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ResidenceStatus.verified);
        assertThat(stored.decidedBy()).contains(admin);
    }

    @Test
    void ofTwoPeopleRedeemingTheSameCodeAtOnceExactlyOneWins() throws Exception {
        CodeBatch.Issued issued = CodeBatch.issue(riverside, user(), 1, 30, NOW);
        store.addBatch(issued.batch());
        String hash = VotingCode.hash(issued.codes().get(0));

        List<Callable<Redemption>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID redeemer = user();
            attempts.add(() -> store.redeem(hash, redeemer, NOW.plusSeconds(60)));
        }
        List<Redemption> outcomes = runTogether(attempts);

        assertThat(outcomes).filteredOn(o -> o instanceof Redemption.Spent).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof Redemption.AlreadyUsed).hasSize(7);
        assertThat(outcomes).filteredOn(o -> o instanceof Redemption.Spent).first()
                .isEqualTo(new Redemption.Spent(riverside, "ward"));
        assertThat(store.redeem(hash, user(), NOW.plusSeconds(120))).isEqualTo(new Redemption.AlreadyUsed());
    }

    @Test
    void unknownAndExpiredCodesAreToldApartAndNotSpent() throws SQLException {
        CodeBatch.Issued issued = CodeBatch.issue(riverside, user(), 2, 1, NOW);
        store.addBatch(issued.batch());

        assertThat(store.redeem(VotingCode.hash(VotingCode.generate()), user(), NOW)).isEqualTo(new Redemption.Unknown());
        String late = VotingCode.hash(issued.codes().get(0));
        assertThat(store.redeem(late, user(), NOW.plus(Duration.ofDays(1)))).isEqualTo(new Redemption.Expired());
        assertThat(store.redeem(late, user(), NOW.plus(Duration.ofHours(23)))).as("not spent by the expired attempt")
                .isInstanceOf(Redemption.Spent.class);
    }

    @Test
    void aVerifiedResidentOfAWardIsAResidentOfTheAreasAboveItButNotOfItsNeighbours() throws SQLException {
        Residence residence = new Residence(ds);
        UUID fay = user();
        UUID gus = user();
        store.replace(verifiedByPostcode(fay, quay, "neighbourhood"));
        store.replace(ResidenceClaim.byPostcode(gus, hillcrest, "ward", Postcode.parse("ZZ1 1ZZ"), List.of(), NOW));

        assertThat(residence.residentOf(fay)).containsExactlyInAnyOrder("quay", "riverside", "borough");
        assertThat(residence.isVerifiedResident(fay, "riverside")).isTrue();
        assertThat(residence.isVerifiedResident(fay, "hillcrest")).isFalse();
        assertThat(residence.residentOf(gus)).as("a pending claim counts for nothing").isEmpty();

        ResidenceClaim verified = store.lock(store.claimsOf(gus).get(0).id()).orElseThrow();
        verified.verify(fay, NOW);
        store.settle(verified);
        residence.forget(gus);
        assertThat(residence.residentOf(gus)).containsExactlyInAnyOrder("hillcrest", "borough");
    }

    @Test
    void deletingTheAccountDeletesItsClaimsAndUnlinksItsCodes() throws SQLException {
        UUID hal = user();
        store.replace(verifiedByPostcode(hal, riverside, "ward"));
        CodeBatch.Issued issued = CodeBatch.issue(hillcrest, user(), 1, 30, NOW);
        store.addBatch(issued.batch());
        String hash = VotingCode.hash(issued.codes().get(0));
        store.redeem(hash, hal, NOW);
        PersonalDataStore privacy = new PersonalDataStore(ds);
        assertThat(privacy.residence(hal)).extracting(r -> r.area()).containsExactly("riverside");

        assertThat(privacy.erase(hal, h -> true)).isEqualTo(Erasure.ERASED);

        assertThat(store.claimsOf(hal)).isEmpty();
        assertThat(count("select count(*) from core.residence_code where code_hash = '" + hash
                + "' and used_by is null and used_at is not null")).as("still used, by nobody now").isEqualTo(1);
    }

    private static ResidenceClaim verifiedByPostcode(UUID user, UUID area, String type) {
        return ResidenceClaim.byPostcode(user, area, type, Postcode.parse("DM1 1AA"), List.of(Postcode.parse("DM1")), NOW);
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static UUID area(UUID parent, String slug, String type) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into core.area (id, parent_id, slug, name, type) values (?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setObject(2, parent);
            s.setString(3, slug);
            s.setString(4, slug);
            s.setString(5, type);
            s.executeUpdate();
        }
        return id;
    }

    private static UUID user() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into core.user_account (id, email, display_name, password_hash, confirmed) values (?, ?, ?, 'x', true)")) {
            s.setObject(1, id);
            s.setString(2, id + "@example.org");
            s.setString(3, "Resident " + id.toString().substring(0, 4));
            s.executeUpdate();
        }
        return id;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
