package org.oursociety.forum.linkcard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oursociety.portal.api.links.LinkCard;
import org.oursociety.portal.api.links.LinkCards;

/**
 * {@code #{forumLinkCards.of(post.bodyHtml())}}: cards for the links in a post that lead to a proposal, an
 * organisation or a service of this portal, asked of their modules each time the page is drawn (briefly
 * cached), so a card shows the thing as it is now. The post's own HTML is untouched: a link without a card
 * stays the sanitised link it was.
 */
@Named("forumLinkCards")
@RequestScoped
public class LinkCardsView {

    @Inject
    LinkCards cards;

    private final Map<String, List<LinkCard>> asked = new HashMap<>();

    /** The same post's cards once per page, however often the page refers to them. */
    public List<LinkCard> of(String bodyHtml) {
        if (bodyHtml == null) {
            return List.of();
        }
        return asked.computeIfAbsent(bodyHtml,
                html -> cards.inHtml(html, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }
}
