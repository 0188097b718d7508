package org.oursociety.core.area.rest;

import java.util.List;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.area.domain.AreaTree;
import org.oursociety.core.area.domain.Postcode;

/** An area as the API shows it, with the slugs of its parent and children. */
public record AreaJson(String id, String slug, String name, String type, String description, List<String> postcodes,
                       String parent, List<String> children, boolean archived) {

    static AreaJson of(Area area, AreaTree tree) {
        return new AreaJson(area.id().toString(), area.slug(), area.name(), area.type().name(), area.description(),
                area.postcodes().stream().map(Postcode::value).toList(),
                tree.parentOf(area).map(Area::slug).orElse(null),
                tree.childrenOf(area).stream().filter(c -> !c.isArchived()).map(Area::slug).toList(),
                area.isArchived());
    }

    /** A node of {@code GET /api/areas}: the area with its sub-areas nested. */
    public record Node(String id, String slug, String name, String type, String description, List<String> postcodes,
                       boolean archived, List<Node> children) {

        static Node of(Area area, AreaTree tree, boolean withArchived) {
            return new Node(area.id().toString(), area.slug(), area.name(), area.type().name(), area.description(),
                    area.postcodes().stream().map(Postcode::value).toList(), area.isArchived(),
                    tree.childrenOf(area).stream().filter(c -> withArchived || !c.isArchived())
                            .map(c -> of(c, tree, withArchived)).toList());
        }
    }
}
