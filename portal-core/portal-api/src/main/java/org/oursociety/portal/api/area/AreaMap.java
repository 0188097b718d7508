package org.oursociety.portal.api.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.oursociety.portal.api.internal.area.AreaChain;

/**
 * One consistent picture of the areas and the module switches, as every WAR sees it: which
 * module is on where. A switch on an area applies to the areas below it unless it says it does
 * not, or one of them has its own switch; where no switch applies, the module is off.
 */
public final class AreaMap {

    /** An area as the modules see it: enough to build links, breadcrumbs and a switcher. */
    public record AreaRef(String id, String slug, String name, String type, String parentId) {

        public boolean isRoot() {
            return parentId == null;
        }
    }

    /** A switch set on one area; {@code descendants} says whether it reaches the areas below. */
    public record Switch(String areaId, String moduleId, boolean enabled, boolean descendants) {
    }

    private static final Comparator<AreaRef> BY_NAME = Comparator.comparing(AreaRef::name).thenComparing(AreaRef::slug);

    private final Map<String, AreaRef> byId = new HashMap<>();
    private final Map<String, AreaRef> bySlug = new HashMap<>();
    private final Map<String, Map<String, Switch>> switchesByArea = new HashMap<>();

    public AreaMap(Collection<AreaRef> areas, Collection<Switch> switches) {
        for (AreaRef area : areas) {
            byId.put(area.id(), area);
            bySlug.put(area.slug(), area);
        }
        for (Switch s : switches) {
            switchesByArea.computeIfAbsent(s.areaId(), a -> new HashMap<>()).put(s.moduleId(), s);
        }
    }

    public static AreaMap empty() {
        return new AreaMap(List.of(), List.of());
    }

    public Optional<AreaRef> bySlug(String slug) {
        return Optional.ofNullable(slug).map(bySlug::get);
    }

    public Optional<AreaRef> byId(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    public Optional<AreaRef> root() {
        return byId.values().stream().filter(AreaRef::isRoot).min(BY_NAME);
    }

    /** All (unarchived) areas, each after its parent, siblings by name: the switcher's order. */
    public List<AreaRef> inTreeOrder() {
        List<AreaRef> ordered = new ArrayList<>();
        root().ifPresent(r -> addWithDescendants(r, ordered, 0));
        return ordered;
    }

    /** Depth below the root, for indenting the switcher. */
    public int depth(AreaRef area) {
        return selfAndAbove(area).size() - 1;
    }

    /** The area and the areas above it, nearest first. */
    public List<AreaRef> selfAndAbove(AreaRef area) {
        return area == null ? List.of() : AreaChain.selfAndAbove(area, AreaRef::parentId, byId::get);
    }

    public boolean isEnabled(String moduleId, AreaRef area) {
        for (AreaRef at : selfAndAbove(area)) {
            Switch s = switchesByArea.getOrDefault(at.id(), Map.of()).get(moduleId);
            if (s != null && (at == area || s.descendants())) {
                return s.enabled();
            }
        }
        return false;
    }

    /** The area's own switch for the module, if it has one (else it inherits from above). */
    public Optional<Switch> ownSwitch(String moduleId, AreaRef area) {
        return Optional.ofNullable(switchesByArea.getOrDefault(area.id(), Map.of()).get(moduleId));
    }

    public Set<String> enabledModules(AreaRef area, Collection<String> moduleIds) {
        Set<String> enabled = new TreeSet<>();
        for (String id : moduleIds) {
            if (isEnabled(id, area)) {
                enabled.add(id);
            }
        }
        return enabled;
    }

    private void addWithDescendants(AreaRef area, List<AreaRef> into, int guard) {
        if (guard > byId.size()) {
            return;
        }
        into.add(area);
        byId.values().stream().filter(a -> area.id().equals(a.parentId())).sorted(BY_NAME)
                .forEach(child -> addWithDescendants(child, into, guard + 1));
    }
}
