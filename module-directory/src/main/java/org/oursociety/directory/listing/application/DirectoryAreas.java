package org.oursociety.directory.listing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;

/** Where the directory publishes: the areas it is switched on in, and an area with those below it. */
@ApplicationScoped
public class DirectoryAreas {

    public static final String MODULE = "directory";

    @Inject
    AreaDirectory directory;

    /** Every area where the directory is on. */
    public List<String> published() {
        AreaMap map = directory.current();
        return map.inTreeOrder().stream().filter(a -> map.isEnabled(MODULE, a)).map(AreaMap.AreaRef::slug).toList();
    }

    /** The area and its sub-areas where the directory is on; empty when the area is unknown. */
    public Optional<List<String>> withSubAreas(String slug) {
        AreaMap map = directory.current();
        Optional<AreaMap.AreaRef> area = map.bySlug(slug);
        if (area.isEmpty()) {
            return Optional.empty();
        }
        List<String> slugs = new ArrayList<>();
        for (AreaMap.AreaRef candidate : map.inTreeOrder()) {
            if (isWithin(map, candidate, area.get()) && map.isEnabled(MODULE, candidate)) {
                slugs.add(candidate.slug());
            }
        }
        return Optional.of(slugs);
    }

    /** The area's name, or its slug if unknown. */
    public String nameOf(String slug) {
        return directory.current().bySlug(slug).map(AreaMap.AreaRef::name).orElse(slug);
    }

    private static boolean isWithin(AreaMap map, AreaMap.AreaRef candidate, AreaMap.AreaRef top) {
        int steps = 0;
        for (Optional<AreaMap.AreaRef> at = Optional.of(candidate); at.isPresent() && steps < 64;
             at = map.byId(at.get().parentId()), steps++) {
            if (at.get().id().equals(top.id())) {
                return true;
            }
        }
        return false;
    }
}
