package org.oursociety.portal.api.internal.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.oursociety.portal.api.privacy.DataPart;
import org.oursociety.portal.api.privacy.PersonalDataContributor;
import org.oursociety.portal.api.rest.ProblemException;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code GET <war>/api/me/data-part} in every WAR: what this WAR's {@link PersonalDataContributor}s
 * hold about the caller. The core calls it with the resident's own token while building their
 * export; the token decides whose data it is, so nobody can ask for someone else's.
 */
@Path("me/data-part")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DataPartResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    @Any
    Instance<PersonalDataContributor> contributors;

    @GET
    public DataPart part() {
        PortalUser user = currentUser.user().orElseThrow(ProblemException::unauthorized);
        Map<String, Object> sections = new TreeMap<>();
        for (PersonalDataContributor contributor : contributors) {
            sections.put(contributor.section(), contributor.personalData(user));
        }
        return new DataPart(sections);
    }
}
