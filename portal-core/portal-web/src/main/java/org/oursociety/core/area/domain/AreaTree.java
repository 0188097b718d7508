package org.oursociety.core.area.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every area at once: what moving and archiving need to see, and what the API and pages show. */
public final class AreaTree {

    private static final Comparator<Area> BY_NAME = Comparator.comparing(Area::name).thenComparing(Area::slug);

    private final Map<UUID, Area> byId = new HashMap<>();
    private final Map<UUID, List<Area>> children = new HashMap<>();

    public AreaTree(Collection<Area> areas) {
        for (Area area : areas) {
            byId.put(area.id(), area);
        }
        for (Area area : areas) {
            area.parentId().ifPresent(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(area));
        }
        children.values().forEach(list -> list.sort(BY_NAME));
    }

    public List<Area> roots() {
        return byId.values().stream().filter(Area::isRoot).sorted(BY_NAME).toList();
    }

    public List<Area> childrenOf(Area area) {
        return children.getOrDefault(area.id(), List.of());
    }

    public Optional<Area> parentOf(Area area) {
        return area.parentId().map(byId::get);
    }

    /** Whether {@code candidate} is {@code area} or lies anywhere below it. */
    public boolean isSelfOrDescendant(Area candidate, Area area) {
        int steps = 0;
        for (Area at = candidate; at != null && steps <= byId.size(); at = parentOf(at).orElse(null), steps++) {
            if (at.id().equals(area.id())) {
                return true;
            }
        }
        return false;
    }
}
