package org.oursociety.portal.api.security;

/** What the authentication mechanism leaves on the request for the rest of the WAR. */
public record Authenticated(PortalUser user, Credential.Source source) {
    public static final String ATTRIBUTE = Authenticated.class.getName();
}
