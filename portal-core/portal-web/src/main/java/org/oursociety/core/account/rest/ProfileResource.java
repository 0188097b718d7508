package org.oursociety.core.account.rest;

import org.oursociety.portal.api.i18n.Message;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.oursociety.core.account.application.AccountMessages;
import org.oursociety.core.account.application.ProfileService;
import org.oursociety.core.account.web.SessionRefresh;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /api/me/profile}: the signed-in user's name, language and home area. PATCH changes only the
 * members it names; {@code "homeAreaId": null} clears the home area.
 */
@Path("me/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ProfileService profiles;

    @Inject
    SessionRefresh sessions;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public ProfileService.Profile profile() {
        return profiles.profile(signedIn().id());
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileService.Profile update(JsonObject body) {
        PortalUser user = signedIn();
        if (body == null) {
            throw Refusal.of(Refusal.Kind.INVALID, AccountMessages.message("error.invalid"));
        }
        Map<String, Message> wrongType = new LinkedHashMap<>();
        String displayName = string(body, "displayName", "error.displayName.invalid", wrongType);
        String language = string(body, "preferredLanguage", "error.language.invalid", wrongType);
        boolean setHomeArea = body.containsKey("homeAreaId");
        UUID homeArea = null;
        if (setHomeArea && body.get("homeAreaId").getValueType() != JsonValue.ValueType.NULL) {
            homeArea = uuid(string(body, "homeAreaId", "error.homeArea.unknown", wrongType));
            if (homeArea == null) {
                wrongType.putIfAbsent("homeAreaId", AccountMessages.message("error.homeArea.unknown"));
            }
        }
        if (!wrongType.isEmpty()) {
            throw AccountMessages.invalid(wrongType);
        }
        ProfileService.Profile updated = profiles.update(user.id(),
                new ProfileService.Changes(displayName, language, homeArea, setHomeArea));
        sessions.reissueIfCookie(request, response, updated);
        return updated;
    }

    private PortalUser signedIn() {
        return currentUser.user().orElseThrow(Refusal::signInFirst);
    }

    private static String string(JsonObject body, String name, String key, Map<String, Message> errors) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        errors.put(name, AccountMessages.message(key));
        return null;
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
