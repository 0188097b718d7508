package org.oursociety.core.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.core.home.infrastructure.ModuleCards;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.home.AreaCard;
import org.oursociety.portal.api.internal.module.ModuleRegistry;
import org.oursociety.portal.api.internal.security.SessionCookie;

/**
 * The area's home page: what the portal is for, and a card from every module that is on in the area
 * ("what is happening here"), asked for in parallel.
 */
@Named
@RequestScoped
public class HomeView {

    private static final Logger LOG = Logger.getLogger(HomeView.class.getName());

    @Inject
    ModuleRegistry registry;

    @Inject
    AreaContext area;

    @Inject
    ModuleCards moduleCards;

    @Inject
    HttpServletRequest request;

    private List<AreaCard> cards;

    public List<AreaCard> getCards() {
        if (cards == null) {
            cards = area.current().map(this::cardsFor).orElse(List.of());
        }
        return cards;
    }

    private List<AreaCard> cardsFor(AreaMap.AreaRef current) {
        List<ModuleRegistry.RegisteredModule> on;
        try {
            AreaMap map = area.map();
            on = registry.active().stream().filter(m -> map.isEnabled(m.getId(), current)).toList();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot read the module registry: {0}", e.getMessage());
            return List.of();
        }
        String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        return moduleCards.fetch(on, current.slug(), language, SessionCookie.read(request));
    }
}
