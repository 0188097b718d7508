package org.oursociety.core.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oursociety.core.admin.application.PlatformAccess;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.web.PageRefusals;

/**
 * The {@code f:viewAction} of every page under {@code /admin/} ({@code #{adminPage.require}}): the page
 * asks {@link PlatformAccess} itself rather than trusting a URL filter, and someone signed in who is not
 * a platform admin gets the shared not-found page, where 403 would only confirm that the page exists.
 * The services behind each page ask again for every action.
 */
@Named
@RequestScoped
public class AdminPage {

    @Inject
    PlatformAccess platform;

    @Inject
    CurrentUser currentUser;

    public void require() {
        try {
            platform.require(currentUser.user().orElse(null));
        } catch (Refusal refused) {
            PageRefusals.answer(refused.kind() == Refusal.Kind.FORBIDDEN ? Refusal.notFound() : refused);
        }
    }
}
