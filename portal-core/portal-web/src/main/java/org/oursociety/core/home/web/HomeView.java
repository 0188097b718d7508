package org.oursociety.core.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.oursociety.core.home.infrastructure.ModuleCards;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.home.AreaCard;
import org.oursociety.portal.api.internal.module.ActiveModules;
import org.oursociety.portal.api.internal.module.ModuleRegistry;
import org.oursociety.portal.api.internal.security.SessionCookie;

/**
 * The area's home page: what the portal is for, and a card from every module that is on in the area
 * ("what is happening here"), asked for in parallel.
 */
@Named
@RequestScoped
public class HomeView {

    @Inject
    ActiveModules modules;

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
        AreaMap map = area.map();
        List<ModuleRegistry.RegisteredModule> on = modules.active().stream()
                .filter(m -> map.isEnabled(m.getId(), current)).toList();
        String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        return moduleCards.fetch(on, current.slug(), language, SessionCookie.read(request));
    }
}
