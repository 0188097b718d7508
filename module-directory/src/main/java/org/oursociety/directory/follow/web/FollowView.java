package org.oursociety.directory.follow.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.oursociety.directory.follow.application.FollowService;
import org.oursociety.directory.follow.infrastructure.FollowStore.Notice;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * The follow button of an organisation's page and the member's list of news from organisations they follow
 * ({@code /directory/{area}/following.xhtml}). Opening a followed organisation's page also refreshes the copy of
 * the member's forum mail setting.
 */
@Named
@RequestScoped
public class FollowView {

    /** One line of the list, its date in words. */
    public record Line(String organizationName, String kindKey, String title, String href, String when, boolean read) {
    }

    @Inject
    FollowService follows;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    private Boolean following;

    public boolean isFollowing() {
        if (following == null) {
            following = follows.follows(currentUser.user(), request.getParameter("id"));
            if (following) {
                follows.refreshMode(currentUser.user().orElseThrow(), PortalCalls.token(request));
            }
        }
        return following;
    }

    /** Follows or unfollows the page's organisation, then says so. */
    public String toggle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale language = faces.getViewRoot().getLocale();
        String id = request.getParameter("id");
        try {
            if (isFollowing()) {
                follows.unfollow(currentUser.user().orElse(null), id);
            } else {
                follows.follow(currentUser.user().orElse(null), id, PortalCalls.token(request));
            }
            following = !following;
            faces.addMessage(null, new FacesMessage(new Message(DirectoryPermissions.BUNDLE,
                    following ? "follow.done" : "follow.undone").in(language)));
        } catch (Refusal refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.reason().in(language), null));
        }
        return null;
    }

    public List<Line> getNews() {
        if (currentUser.user().isEmpty()) {
            return List.of();
        }
        Locale language = Languages.of(request);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", language).withZone(ZoneId.of("Europe/London"));
        List<Notice> notices = follows.notices(currentUser.user().get());
        return notices.stream().map(n -> new Line(n.organizationName(), "follow.kind." + n.kind(), n.title(),
                PortalCalls.portalPath(n.href()), day.format(n.createdAt()), n.read())).toList();
    }
}
