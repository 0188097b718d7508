package org.oursociety.core.area.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AreaTest {

    private final Area city = Area.authority("riverton", "Riverton City Council");

    @Test
    void anAuthorityIsTheTopLevel() {
        assertThat(city.level()).isEqualTo(AreaLevel.authority);
        assertThat(city.slug()).isEqualTo("riverton");
        assertThat(city.name()).isEqualTo("Riverton City Council");
        assertThat(city.id()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"north", "north-ward", "ward-12", "a1-b2-c3", "7"})
    void slugsAreLowerCaseWordsJoinedByDashes(String slug) {
        assertThat(city.subdivide(slug, "Somewhere", AreaLevel.ward).slug()).isEqualTo(slug);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"North", "north ward", "north_ward", "-north", "north-", "north--ward", "nörth", "north/ward",
            "../admin"})
    void otherSlugsAreRefused(String slug) {
        assertThatThrownBy(() -> city.subdivide(slug, "Somewhere", AreaLevel.ward))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Area.authority(slug, "Somewhere")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAreaNeedsANameWhichIsStripped() {
        assertThat(city.subdivide("north", "  North District ", AreaLevel.district).name()).isEqualTo("North District");
        assertThatThrownBy(() -> city.subdivide("north", "  ", AreaLevel.district)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Area.authority("x", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subdividingGoesDownTheLevelsAndMaySkipSome() {
        Area district = city.subdivide("north", "North", AreaLevel.district);
        Area ward = district.subdivide("north-ward-1", "Ward 1", AreaLevel.ward);
        Area neighbourhood = ward.subdivide("old-town", "Old Town", AreaLevel.neighbourhood);
        Area directWard = city.subdivide("harbour", "Harbour", AreaLevel.ward);

        assertThat(district.level()).isEqualTo(AreaLevel.district);
        assertThat(ward.level()).isEqualTo(AreaLevel.ward);
        assertThat(neighbourhood.level()).isEqualTo(AreaLevel.neighbourhood);
        assertThat(directWard.level()).isEqualTo(AreaLevel.ward);
        assertThat(district.id()).isNotEqualTo(city.id());
    }

    @Test
    void anAreaCannotContainOneOfTheSameOrAWiderLevel() {
        Area ward = city.subdivide("north-ward", "North Ward", AreaLevel.ward);

        assertThatThrownBy(() -> ward.subdivide("south-ward", "South Ward", AreaLevel.ward))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ward");
        assertThatThrownBy(() -> ward.subdivide("district-x", "District", AreaLevel.district))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> city.subdivide("another-city", "Another", AreaLevel.authority))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ward.subdivide("old-town", "Old Town", AreaLevel.neighbourhood)
                .subdivide("corner", "Corner", AreaLevel.neighbourhood)).isInstanceOf(IllegalArgumentException.class);
    }
}
