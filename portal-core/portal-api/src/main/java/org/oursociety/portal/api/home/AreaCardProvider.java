package org.oursociety.portal.api.home;

import java.util.Locale;
import java.util.Optional;
import org.oursociety.portal.api.internal.home.AreaCardResource;
import org.oursociety.portal.api.security.PortalUser;

/**
 * A module's contribution to an area's home page. A module implements it as one CDI bean
 * ({@code @ApplicationScoped}); {@link AreaCardResource} serves it at
 * {@code <module>/api/areas/{area}/card}, and the core's area page asks every module that is on in the
 * area, in parallel and with a short time-out, leaving out any that is off, slow or down.
 *
 * <p>Answer quickly (one or two indexed queries) and only with what the reader may see.
 */
public interface AreaCardProvider {

    /**
     * @param areaSlug the area, known and with the module switched on there
     * @param language the reader's language ({@code en} or {@code cy})
     * @param reader   the signed-in reader, if any
     * @return the card, or empty to show none
     */
    Optional<AreaCard> card(String areaSlug, Locale language, Optional<PortalUser> reader);
}
