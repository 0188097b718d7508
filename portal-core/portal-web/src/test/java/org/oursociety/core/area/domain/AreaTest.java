package org.oursociety.core.area.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AreaTest {

    private final Area city = Area.authority("riverton", "Riverton City Council");

    @Test
    void anAuthorityIsTheTopLevel() {
        assertThat(city.type()).isEqualTo(AreaType.authority);
        assertThat(city.slug()).isEqualTo("riverton");
        assertThat(city.name()).isEqualTo("Riverton City Council");
        assertThat(city.id()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"north", "north-ward", "ward-12", "a1-b2-c3", "7"})
    void slugsAreLowerCaseWordsJoinedByDashes(String slug) {
        assertThat(city.subdivide(slug, "Somewhere", AreaType.ward).slug()).isEqualTo(slug);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"North", "north ward", "north_ward", "-north", "north-", "north--ward", "nörth", "north/ward",
            "../admin"})
    void otherSlugsAreRefused(String slug) {
        assertThatThrownBy(() -> city.subdivide(slug, "Somewhere", AreaType.ward))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Area.authority(slug, "Somewhere")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAreaNeedsANameWhichIsStripped() {
        assertThat(city.subdivide("north", "  North District ", AreaType.district).name()).isEqualTo("North District");
        assertThatThrownBy(() -> city.subdivide("north", "  ", AreaType.district)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Area.authority("x", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void areasNestToAnyDepthWithAnyTypeButTheAuthority() {
        Area district = city.subdivide("north", "North", AreaType.district);
        Area ward = district.subdivide("north-ward-1", "Ward 1", AreaType.ward);
        Area neighbourhood = ward.subdivide("old-town", "Old Town", AreaType.neighbourhood);
        Area corner = neighbourhood.subdivide("market-corner", "Market Corner", AreaType.other);

        assertThat(corner.type()).isEqualTo(AreaType.other);
        assertThat(corner.parentId()).contains(neighbourhood.id());
        assertThat(district.isRoot()).isFalse();
        assertThat(city.isRoot()).isTrue();
        assertThatThrownBy(() -> city.subdivide("another-city", "Another", AreaType.authority))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("root");
    }

    @Test
    void onlyTheRootIsTheAuthority() {
        Area ward = city.subdivide("north-ward", "North Ward", AreaType.ward);

        assertThatThrownBy(() -> ward.retype(AreaType.authority)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> city.retype(AreaType.district)).isInstanceOf(IllegalArgumentException.class);
        ward.retype(AreaType.neighbourhood);
        assertThat(ward.type()).isEqualTo(AreaType.neighbourhood);
    }

    @Test
    void movingKeepsTheIdAndNeverMakesACycle() {
        Area north = city.subdivide("north", "North", AreaType.district);
        Area south = city.subdivide("south", "South", AreaType.district);
        Area ward = north.subdivide("north-ward", "North Ward", AreaType.ward);
        Area street = ward.subdivide("high-street", "High Street", AreaType.neighbourhood);
        AreaTree tree = new AreaTree(List.of(city, north, south, ward, street));

        ward.moveUnder(south, tree);

        assertThat(ward.parentId()).contains(south.id());
        AreaTree moved = new AreaTree(List.of(city, north, south, ward, street));
        assertThatThrownBy(() -> south.moveUnder(street, moved)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside it");
        assertThatThrownBy(() -> south.moveUnder(south, moved)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> city.moveUnder(north, moved)).isInstanceOf(IllegalArgumentException.class);
        assertThat(south.parentId()).contains(city.id());
    }

    @Test
    void anAreaIsArchivedOnlyOnceNothingActiveIsInsideIt() {
        Area north = city.subdivide("north", "North", AreaType.district);
        Area ward = north.subdivide("north-ward", "North Ward", AreaType.ward);
        AreaTree tree = new AreaTree(List.of(city, north, ward));

        assertThatThrownBy(() -> north.archive(tree)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 area");
        ward.archive(tree);
        north.archive(tree);

        assertThat(north.isArchived()).isTrue();
        assertThatThrownBy(() -> city.archive(tree)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> north.subdivide("late", "Late", AreaType.ward)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void postcodesAreKeptNormalisedSortedAndOnce() {
        Area ward = city.subdivide("north-ward", "North Ward", AreaType.ward);

        ward.coverPostcodes(List.of(Postcode.parse("cf10 1aa"), Postcode.parse("CF11"), Postcode.parse("CF101AA")));

        assertThat(ward.postcodes()).extracting(Postcode::value).containsExactly("CF10 1AA", "CF11");
    }

    @Test
    void namesAndDescriptionsHaveLimits() {
        assertThatThrownBy(() -> city.rename("x".repeat(Area.MAX_NAME + 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> city.describe("x".repeat(Area.MAX_DESCRIPTION + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        city.describe("  The whole borough. ");
        assertThat(city.description()).isEqualTo("The whole borough.");
        assertThatThrownBy(() -> Area.authority("x".repeat(Area.MAX_SLUG + 1), "Long")).isInstanceOf(IllegalArgumentException.class);
    }
}
