package org.oursociety.portal.api.internal.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaRole;
import org.oursociety.portal.api.area.Residence;
import org.oursociety.portal.api.internal.area.AccessPicture;
import org.oursociety.portal.api.module.Grantee;

/**
 * The rules of {@link AreaAccess}, cell by cell, on the tree city > a > child > grandchild and
 * city > b.
 */
class AccessPictureTest {

    private static final AccessPicture.Node CITY = new AccessPicture.Node("r", "city", null);
    private static final AccessPicture.Node A = new AccessPicture.Node("a", "a", "r");
    private static final AccessPicture.Node CHILD = new AccessPicture.Node("c", "child", "a");
    private static final AccessPicture.Node GRANDCHILD = new AccessPicture.Node("g", "grandchild", "c");
    private static final AccessPicture.Node B = new AccessPicture.Node("b", "b", "r");

    private final UUID cityAdmin = UUID.randomUUID();
    private final UUID adminOfA = UUID.randomUUID();
    private final UUID adminOfChild = UUID.randomUUID();
    private final UUID moderatorOfA = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();

    private final AccessPicture picture = new AccessPicture(List.of(CITY, A, CHILD, GRANDCHILD, B), List.of(
            new AccessPicture.Grant("r", cityAdmin, AreaRole.AREA_ADMIN),
            new AccessPicture.Grant("a", adminOfA, AreaRole.AREA_ADMIN),
            new AccessPicture.Grant("c", adminOfChild, AreaRole.AREA_ADMIN),
            new AccessPicture.Grant("a", moderatorOfA, AreaRole.MODERATOR)),
            Map.of("forum.moderate", Set.of(Grantee.MODERATOR, Grantee.AREA_ADMIN),
                    "budget.vote", Set.of(Grantee.VERIFIED_RESIDENT),
                    "area.manage", Set.of(Grantee.MODERATOR),
                    "residence.decide", Set.of(Grantee.VERIFIED_RESIDENT)));

    @Test
    void anAreaAdminManagesTheirAreaAndEverythingBelowButNothingBesideOrAbove() {
        for (String permission : List.of(AreaAccess.MANAGE_AREA, AreaAccess.SWITCH_MODULES, AreaAccess.GRANT_ROLES,
                AreaAccess.DECIDE_RESIDENCE, AreaAccess.ISSUE_CODES)) {
            assertThat(can(adminOfA, permission, "a")).as(permission + " in a").isTrue();
            assertThat(can(adminOfA, permission, "child")).as(permission + " in child").isTrue();
            assertThat(can(adminOfA, permission, "grandchild")).as(permission + " in grandchild").isTrue();
            assertThat(can(adminOfA, permission, "b")).as(permission + " in b").isFalse();
            assertThat(can(adminOfA, permission, "city")).as(permission + " in city").isFalse();
        }
    }

    @Test
    void movingArchivingAndAppointingAdminsBelongToAdminsStrictlyAbove() {
        for (String permission : List.of(AreaAccess.RESHAPE_AREA, AreaAccess.APPOINT_ADMINS)) {
            assertThat(can(adminOfA, permission, "a")).as(permission + ": not their own area").isFalse();
            assertThat(can(adminOfA, permission, "child")).as(permission + " below").isTrue();
            assertThat(can(adminOfA, permission, "grandchild")).isTrue();
            assertThat(can(adminOfA, permission, "b")).isFalse();
            assertThat(can(adminOfChild, permission, "child")).isFalse();
            assertThat(can(adminOfChild, permission, "grandchild")).isTrue();
            assertThat(can(cityAdmin, permission, "a")).isTrue();
            assertThat(can(cityAdmin, permission, "city")).as("nobody but platform admins above the root").isFalse();
        }
    }

    @Test
    void anAdminOfAChildHasNoPowerAboveIt() {
        assertThat(can(adminOfChild, AreaAccess.MANAGE_AREA, "child")).isTrue();
        assertThat(can(adminOfChild, AreaAccess.MANAGE_AREA, "grandchild")).isTrue();
        assertThat(can(adminOfChild, AreaAccess.MANAGE_AREA, "a")).isFalse();
        assertThat(can(adminOfChild, AreaAccess.SWITCH_MODULES, "a")).isFalse();
    }

    @Test
    void aModeratorHasNoCorePermissionButTheModulesDeclaredOnesInTheAreaAndBelow() {
        for (String permission : List.of(AreaAccess.MANAGE_AREA, AreaAccess.SWITCH_MODULES, AreaAccess.GRANT_ROLES,
                AreaAccess.RESHAPE_AREA, AreaAccess.APPOINT_ADMINS, AreaAccess.DECIDE_RESIDENCE)) {
            assertThat(can(moderatorOfA, permission, "a")).as(permission).isFalse();
            assertThat(can(moderatorOfA, permission, "child")).as(permission).isFalse();
        }
        assertThat(can(moderatorOfA, "forum.moderate", "a")).isTrue();
        assertThat(can(moderatorOfA, "forum.moderate", "grandchild")).isTrue();
        assertThat(can(moderatorOfA, "forum.moderate", "b")).isFalse();
        assertThat(can(moderatorOfA, "forum.moderate", "city")).isFalse();
        assertThat(can(adminOfA, "forum.moderate", "child")).as("declared to area admins too").isTrue();
    }

    @Test
    void aModuleCannotGiveAwayTheCoresPermissions() {
        assertThat(can(moderatorOfA, AreaAccess.MANAGE_AREA, "a")).isFalse();
        assertThat(picture.allows(stranger, AreaAccess.DECIDE_RESIDENCE, "a", () -> Set.of("a"))).isFalse();
    }

    @Test
    void strangersUnknownPermissionsAndUnknownAreasGetNothing() {
        assertThat(can(stranger, AreaAccess.MANAGE_AREA, "a")).isFalse();
        assertThat(can(stranger, "forum.moderate", "a")).isFalse();
        assertThat(can(adminOfA, "forum.delete-everything", "a")).isFalse();
        assertThat(can(adminOfA, AreaAccess.MANAGE_AREA, "atlantis")).isFalse();
        assertThat(can(null, AreaAccess.MANAGE_AREA, "a")).isFalse();
        assertThat(can(adminOfA, null, "a")).isFalse();
    }

    @Test
    void aPermissionForResidentsGoesToVerifiedResidentsOfTheArea() {
        // as Residence answers for a resident of "child": the area itself and every area above it
        Supplier<Set<String>> livesInChild = () -> Set.of("child", "a", "city");

        assertThat(picture.allows(stranger, "budget.vote", "child", livesInChild)).isTrue();
        assertThat(picture.allows(stranger, "budget.vote", "a", livesInChild)).isTrue();
        assertThat(picture.allows(stranger, "budget.vote", "city", livesInChild)).isTrue();
        assertThat(picture.allows(stranger, "budget.vote", "grandchild", livesInChild)).isFalse();
        assertThat(picture.allows(stranger, "budget.vote", "b", livesInChild)).isFalse();
        assertThat(picture.allows(stranger, "budget.vote", "a", Set::of)).isFalse();
    }

    @Test
    void residencesAreAskedOnlyForPermissionsGivenToResidents() {
        Supplier<Set<String>> mustNotBeAsked = () -> {
            throw new AssertionError("residences asked");
        };

        assertThat(picture.allows(moderatorOfA, "forum.moderate", "a", mustNotBeAsked)).isTrue();
        assertThat(picture.allows(stranger, AreaAccess.MANAGE_AREA, "a", mustNotBeAsked)).isFalse();
    }

    @Test
    void theHeldPermissionsListTheCoresAndTheDeclaredOnes() {
        assertThat(picture.permissionsOf(adminOfA, "child", Set::of)).containsExactly("area.admins", "area.manage",
                "area.modules", "area.reshape", "area.roles", "forum.moderate", "residence.codes", "residence.decide");
        assertThat(picture.permissionsOf(adminOfA, "a", Set::of)).doesNotContain("area.admins", "area.reshape");
        assertThat(picture.permissionsOf(moderatorOfA, "a", Set::of)).containsExactly("forum.moderate");
        assertThat(picture.permissionsOf(stranger, "a", Set::of)).isEmpty();
        assertThat(picture.areasWhereHeld(adminOfA, AreaRole.AREA_ADMIN)).containsExactly("a");
        assertThat(picture.areasWhereHeld(moderatorOfA, AreaRole.AREA_ADMIN)).isEmpty();
    }

    @Test
    void aCycleInTheTreeEndsTheWalkInsteadOfLooping() {
        AccessPicture looped = new AccessPicture(List.of(new AccessPicture.Node("x", "x", "y"),
                new AccessPicture.Node("y", "y", "x")), List.of(), Map.of());

        assertThat(looped.allows(stranger, AreaAccess.MANAGE_AREA, "x", Set::of)).isFalse();
    }

    private boolean can(UUID user, String permission, String area) {
        return picture.allows(user, permission, area, Set::of);
    }
}
