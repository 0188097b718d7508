package org.oursociety.portal.api.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AreaMapTest {

    private final AreaMap.AreaRef city = new AreaMap.AreaRef("1", "city", "City", "authority", null);
    private final AreaMap.AreaRef north = new AreaMap.AreaRef("2", "north", "North", "district", "1");
    private final AreaMap.AreaRef quay = new AreaMap.AreaRef("3", "quay", "Quay", "ward", "2");
    private final AreaMap.AreaRef hill = new AreaMap.AreaRef("4", "hill", "Hill", "ward", "2");
    private final AreaMap.AreaRef south = new AreaMap.AreaRef("5", "south", "South", "district", "1");
    private final List<AreaMap.AreaRef> areas = List.of(city, north, quay, hill, south);

    @Test
    void aModuleWithNoSwitchAnywhereIsOff() {
        AreaMap map = new AreaMap(areas, List.of());

        assertThat(map.isEnabled("forum", quay)).isFalse();
        assertThat(map.isEnabled("forum", city)).isFalse();
    }

    @Test
    void aSwitchReachesTheAreasBelowUnlessTheyHaveTheirOwn() {
        AreaMap map = new AreaMap(areas, List.of(
                new AreaMap.Switch("2", "forum", true, true),
                new AreaMap.Switch("4", "forum", false, true)));

        assertThat(map.isEnabled("forum", north)).isTrue();
        assertThat(map.isEnabled("forum", quay)).as("inherited from North").isTrue();
        assertThat(map.isEnabled("forum", hill)).as("its own switch wins").isFalse();
        assertThat(map.isEnabled("forum", city)).as("a switch never reaches up").isFalse();
        assertThat(map.isEnabled("forum", south)).as("nor sideways").isFalse();
        assertThat(map.isEnabled("budget", north)).as("each module has its own switches").isFalse();
    }

    @Test
    void aSwitchForTheAreaOnlyLeavesTheAreasBelowToTheSwitchesAbove() {
        AreaMap map = new AreaMap(areas, List.of(
                new AreaMap.Switch("1", "forum", true, true),
                new AreaMap.Switch("2", "forum", false, false)));

        assertThat(map.isEnabled("forum", north)).isFalse();
        assertThat(map.isEnabled("forum", quay)).as("North's switch is for North only; the city's applies").isTrue();
        assertThat(map.enabledModules(quay, Set.of("forum", "budget"))).containsExactly("forum");
    }

    @Test
    void theSwitcherListsEachAreaAfterItsParentSiblingsByName() {
        AreaMap map = new AreaMap(areas, List.of());

        assertThat(map.inTreeOrder()).extracting(AreaMap.AreaRef::slug).containsExactly("city", "north", "hill", "quay", "south");
        assertThat(map.depth(quay)).isEqualTo(2);
        assertThat(map.root()).contains(city);
        assertThat(map.bySlug("nowhere")).isEmpty();
    }
}
