package org.oursociety.portal.api.privacy;

import org.oursociety.portal.api.internal.privacy.DataPartResource;
import org.oursociety.portal.api.security.PortalUser;

/**
 * What a WAR adds to a resident's "Download my data" file. A module implements it as a CDI bean
 * ({@code @ApplicationScoped}); {@link DataPartResource} collects every such bean of its own WAR and
 * the core fetches the result over HTTP, since WARs share no CDI container.
 *
 * <p>Return only what the module holds about this user, never another person's data or a secret
 * (password hashes, tokens, links that act on the account).
 */
public interface PersonalDataContributor {

    /** The section's name in the export, unique within the WAR, e.g. {@code posts}. */
    String section();

    /**
     * The user's data in this section: anything JSON-B can write (records, lists, maps, strings,
     * numbers, {@code OffsetDateTime}s). An empty list when there is nothing.
     */
    Object personalData(PortalUser user);
}
