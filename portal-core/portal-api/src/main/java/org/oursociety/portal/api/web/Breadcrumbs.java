package org.oursociety.portal.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.area.AreaMap;

/**
 * The layout's breadcrumbs ({@code #{portalCrumbs.trail}}): the page's area and the areas above it,
 * each linking to that area's home page, the page's own area last. Pages add their own steps after
 * these in {@code <ui:define name="breadcrumbs">}.
 */
@Named("portalCrumbs")
@RequestScoped
public class Breadcrumbs {

    /** One step: {@code href} is the area's home page. */
    public record Crumb(String name, String href, boolean current) {
    }

    @Inject
    AreaContext area;

    private List<Crumb> trail;

    public List<Crumb> getTrail() {
        if (trail == null) {
            trail = area.current().map(this::above).orElse(List.of());
        }
        return trail;
    }

    private List<Crumb> above(AreaMap.AreaRef current) {
        AreaMap map = area.map();
        List<Crumb> steps = new ArrayList<>();
        int guard = 0;
        for (AreaMap.AreaRef at = current; at != null && guard++ < 50; at = at.parentId() == null ? null
                : map.byId(at.parentId()).orElse(null)) {
            steps.add(new Crumb(at.name(), "/?area=" + at.slug(), at == current));
        }
        Collections.reverse(steps);
        return steps;
    }
}
