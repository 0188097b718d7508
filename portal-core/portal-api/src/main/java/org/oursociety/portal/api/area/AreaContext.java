package org.oursociety.portal.api.area;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * The area a page is about ({@code #{portalArea}}): the one in the URL, else the signed-in user's
 * home area, else the authority. The layout shows it, offers the switcher, and lists the modules
 * enabled there.
 */
@Named("portalArea")
@RequestScoped
public class AreaContext {

    /** Request attribute holding the slug of the area the URL names. */
    public static final String ATTRIBUTE = "org.oursociety.portal.area";

    @Inject
    HttpServletRequest request;

    @Inject
    AreaDirectory directory;

    @Inject
    CurrentUser user;

    private AreaMap map;
    private Optional<AreaMap.AreaRef> current;

    /** An entry of the area switcher: this module's page for that area where it is on, else the portal's. */
    public record Choice(AreaMap.AreaRef area, int depth, boolean current, String href) {
    }

    /** The URL's area, else the signed-in user's home area, else the authority. */
    public Optional<AreaMap.AreaRef> current() {
        if (current == null) {
            Object slug = request.getAttribute(ATTRIBUTE);
            if (slug == null) {
                slug = request.getParameter("area");
            }
            current = map().bySlug((String) slug).or(this::homeArea).or(() -> map().root());
        }
        return current;
    }

    private Optional<AreaMap.AreaRef> homeArea() {
        return user.user().flatMap(u -> directory.homeAreaId(u.id())).flatMap(id -> map().byId(id));
    }

    /** For pages: the current area, or {@code null} while no area exists. */
    public AreaMap.AreaRef getCurrent() {
        return current().orElse(null);
    }

    public List<Choice> getChoices() {
        String current = current().map(AreaMap.AreaRef::id).orElse("");
        return map().inTreeOrder().stream()
                .map(a -> new Choice(a, map().depth(a), a.id().equals(current), href(a))).toList();
    }

    private String href(AreaMap.AreaRef area) {
        String context = request.getContextPath();
        if (!context.isEmpty() && map().isEnabled(context.substring(1), area)) {
            return context + "/" + area.slug() + "/";
        }
        return "/?area=" + area.slug();
    }

    public AreaMap map() {
        if (map == null) {
            map = directory.current();
        }
        return map;
    }
}
