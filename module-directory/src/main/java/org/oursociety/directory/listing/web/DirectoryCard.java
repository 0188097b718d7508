package org.oursociety.directory.listing.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.listing.application.HsdsPublication;
import org.oursociety.directory.listing.infrastructure.HsdsQueries;
import org.oursociety.portal.api.home.AreaCard;
import org.oursociety.portal.api.home.AreaCardProvider;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.security.PortalUser;

/** The directory's card on an area's home page: how many organisations, and the newest. */
@ApplicationScoped
public class DirectoryCard implements AreaCardProvider {

    @Inject
    HsdsPublication publication;

    @Inject
    org.oursociety.directory.exchange.application.ExchangeService exchange;

    @Override
    public Optional<AreaCard> card(String areaSlug, Locale language, Optional<PortalUser> reader) {
        List<String> scope = publication.scope(areaSlug);
        HsdsQueries.Page<ObjectNode> newest = publication.newestOrganizations(scope, 5);
        String base = "/directory/" + areaSlug + "/";
        List<AreaCard.Item> items = new java.util.ArrayList<>(newest.items().stream().limit(3)
                .map(o -> new AreaCard.Item(o.path("name").asText(),
                        base + "organization.xhtml?id=" + o.path("id").asText(), null, null)).toList());
        exchange.open(areaSlug, 2).forEach(post -> items.add(new AreaCard.Item(post.title(),
                base + "organization.xhtml?id=" + post.organizationId(), post.organizationName(),
                say("exchange.kind." + post.kind(), language))));
        return Optional.of(new AreaCard("directory", say("card.title", language),
                newest.total() == 0 ? say("card.empty", language)
                        : new Message(DirectoryPermissions.BUNDLE, "card.summary", newest.total()).in(language),
                items, base, say("card.action", language)));
    }

    private static String say(String key, Locale language) {
        return new Message(DirectoryPermissions.BUNDLE, key).in(language);
    }
}
