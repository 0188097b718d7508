package org.oursociety.portal.api.internal.security;

import org.oursociety.portal.api.internal.security.Credential;
import org.oursociety.portal.api.security.PortalUser;

/** What the authentication mechanism leaves on the request for the rest of the WAR. */
public record Authenticated(PortalUser user, Credential.Source source) {
    public static final String ATTRIBUTE = Authenticated.class.getName();
}
