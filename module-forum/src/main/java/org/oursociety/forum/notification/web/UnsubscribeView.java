package org.oursociety.forum.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.oursociety.forum.notification.application.NotificationService;

/**
 * {@code /forum/unsubscribe.xhtml?token=...}: the link in every forum mail. The random token names the member, so no
 * sign-in is needed. Opening the link only asks; the one click on its button stops the forum's mails (the settings
 * page turns them on again). Mail scanners and link previews open every link in a mail, and must not unsubscribe
 * the reader by doing so. View-scoped: the button's form is rendered only for a known token, and the postback
 * must still know it was.
 */
@Named
@ViewScoped
public class UnsubscribeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    private String token;
    private boolean known;
    private boolean done;

    public void load() {
        known = notifications.knowsUnsubscribeToken(token);
    }

    public void unsubscribe() {
        done = notifications.unsubscribe(token);
        known = done;
    }

    public boolean isKnown() {
        return known;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isDone() {
        return done;
    }
}
