package org.oursociety.directory.linkcard.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oursociety.directory.listing.application.DirectoryAreas;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.listing.application.HsdsPublication;
import org.oursociety.directory.listing.domain.OpeningTimes;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.links.LinkCard;
import org.oursociety.portal.api.links.LinkDescriber;
import org.oursociety.portal.api.search.SearchHit;

/**
 * Links to {@code /directory/{area}/organization.xhtml?id=} and {@code service.xhtml?id=} as cards: an
 * organisation with what it does, a service with whether it is open now (Europe/London) and who runs it.
 * Only published records of the link's area (and its sub-areas) have a card.
 */
@ApplicationScoped
public class DirectoryLinks implements LinkDescriber {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    HsdsPublication publication;

    @Inject
    DirectoryAreas areas;

    Clock clock = Clock.systemUTC();

    @Override
    public Optional<LinkCard> describe(URI href, Locale language) {
        String[] path = LinkCard.segments(href);
        Optional<String> id = LinkCard.param(href, "id").filter(v -> v.length() <= 100);
        if (path.length != 3 || !path[0].equals("directory") || id.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<String>> scope = areas.withSubAreas(path[1]);
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        String base = "/directory/" + path[1] + "/";
        return switch (path[2]) {
            case "organization.xhtml" -> publication.organization(id.get(), scope.get()).map(org -> new LinkCard(
                    text(org, "name"), "organization", say("linkcard.organization", language),
                    SearchHit.snippet(text(org, "description"), 160), base + "organization.xhtml?id=" + id.get()));
            case "service.xhtml" -> publication.service(id.get(), scope.get()).map(service -> new LinkCard(
                    text(service, "name"), "service", say("linkcard.service", language), state(service, language),
                    base + "service.xhtml?id=" + id.get()));
            default -> Optional.empty();
        };
    }

    private String state(ObjectNode service, Locale language) {
        OpeningTimes times = OpeningTimes.of(service.get("schedules"));
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(LONDON));
        String open = times.isEmpty() ? say("linkcard.openAsk", language)
                : times.isOpenAt(now.getDayOfWeek(), now.toLocalTime()) ? say("linkcard.openNow", language)
                : say("linkcard.closedNow", language);
        JsonNode org = service.get("organization");
        String by = org == null ? null : text(org, "name");
        return by == null ? open : open + " · " + by;
    }

    private static String say(String key, Locale language) {
        return new Message(DirectoryPermissions.BUNDLE, key).in(language);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
