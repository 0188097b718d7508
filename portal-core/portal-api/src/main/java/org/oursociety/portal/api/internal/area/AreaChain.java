package org.oursociety.portal.api.internal.area;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Walking up the area tree, written once: an area and the areas above it, nearest first. Used by the
 * directory ({@code AreaMap}: depth, inherited module switches), the access picture (roles held above)
 * and, through {@code AreaAccess.selfAndAbove}, by the core's role listing. Stops at a missing parent and
 * at a cycle the database should never hold, so a bad row cannot hang a request.
 */
public final class AreaChain {

    private AreaChain() {
    }

    /**
     * @param parentIdOf the area's parent id, {@code null} at the top
     * @param byId       the area with that id, {@code null} when unknown
     */
    public static <T> List<T> selfAndAbove(T area, Function<T, String> parentIdOf, Function<String, T> byId) {
        List<T> chain = new ArrayList<>();
        Set<T> seen = new HashSet<>();
        T at = area;
        while (at != null && seen.add(at)) {
            chain.add(at);
            String parentId = parentIdOf.apply(at);
            at = parentId == null ? null : byId.apply(parentId);
        }
        return chain;
    }
}
