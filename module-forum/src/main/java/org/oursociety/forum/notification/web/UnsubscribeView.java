package org.oursociety.forum.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oursociety.forum.notification.application.NotificationService;

/**
 * {@code /forum/unsubscribe.xhtml?token=...}: the one-click link in every forum mail. The random token names the
 * member, so no sign-in is needed; opening the link stops the forum's mails (the settings page turns them on again).
 */
@Named
@RequestScoped
public class UnsubscribeView {

    @Inject
    NotificationService notifications;

    private String token;
    private boolean done;

    public void unsubscribe() {
        done = notifications.unsubscribe(token);
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
