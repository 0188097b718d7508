package org.oursociety.portal.api.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oursociety.portal.api.security.PortalUser;

/**
 * A module's part of the portal's one search. A module implements it as one CDI bean
 * ({@code @ApplicationScoped}); portal-api serves it in the module's WAR at
 * {@code <module>/api/areas/{area}/portal-search?q=&lang=} as {@code {"results":[{"title","href","snippet"}...]}},
 * and the core's {@code /api/search} asks every module that is on in the area, in parallel and with a short
 * time-out, grouping the answers by module. (Not {@code /search}: the forum's own, richer search is there.)
 *
 * <p>Answer quickly (indexed queries, at most {@link #MAX_RESULTS}) and only with what the reader may see:
 * hidden, withdrawn or draft things never.
 */
public interface AreaSearchProvider {

    int MAX_RESULTS = 10;

    /**
     * @param areaSlug the area, known and with the module switched on there
     * @param query    what the reader typed, stripped, 1 to 200 characters
     * @param language the reader's language ({@code en} or {@code cy})
     * @param reader   the signed-in reader, if any
     */
    List<SearchHit> search(String areaSlug, String query, Locale language, Optional<PortalUser> reader);
}
