package org.oursociety.portal.api.links;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A module's answer to "what is behind this link to one of my pages?", so another module can show the
 * link as a card that stays current (the forum does, under posts). A module implements it as one CDI
 * bean ({@code @ApplicationScoped}); portal-api serves it at {@code <module>/api/links?href=&lang=}
 * ({@link LinkCard} or 404), and {@link LinkCards} asks the right module for another WAR.
 *
 * <p>Describe only what anyone may see (the card is shown to every reader of the post, and cached):
 * anything else, or a link that is not to one thing, is empty.
 */
public interface LinkDescriber {

    /**
     * @param href     a path within the portal under this module's context path, with its query:
     *                 {@code /budget/riverside/proposal.xhtml?id=7}
     * @param language the reader's language
     */
    Optional<LinkCard> describe(URI href, Locale language);
}
