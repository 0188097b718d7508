package org.oursociety.forum.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The abuse limits, MicroProfile Config keys {@code portal.forum.*}, each overridable by an environment
 * variable {@code PORTAL_FORUM_*} (e.g. {@code PORTAL_FORUM_POST_INTERVAL_SECONDS=10}).
 */
@ApplicationScoped
public class ForumLimits {

    @Inject
    @ConfigProperty(name = "portal.forum.topic-interval-seconds", defaultValue = "15")
    int topicIntervalSeconds;

    @Inject
    @ConfigProperty(name = "portal.forum.post-interval-seconds", defaultValue = "5")
    int postIntervalSeconds;

    @Inject
    @ConfigProperty(name = "portal.forum.new-account-hours", defaultValue = "24")
    int newAccountHours;

    @Inject
    @ConfigProperty(name = "portal.forum.new-topic-interval-seconds", defaultValue = "120")
    int newTopicIntervalSeconds;

    @Inject
    @ConfigProperty(name = "portal.forum.new-post-interval-seconds", defaultValue = "30")
    int newPostIntervalSeconds;

    @Inject
    @ConfigProperty(name = "portal.forum.new-topics-per-day", defaultValue = "3")
    int newTopicsPerDay;

    @Inject
    @ConfigProperty(name = "portal.forum.new-replies-per-day", defaultValue = "10")
    int newRepliesPerDay;

    @Inject
    @ConfigProperty(name = "portal.forum.new-max-links", defaultValue = "2")
    int newMaxLinks;

    @Inject
    @ConfigProperty(name = "portal.forum.duplicate-window-seconds", defaultValue = "300")
    int duplicateWindowSeconds;

    public int topicIntervalSeconds() {
        return topicIntervalSeconds;
    }

    public int postIntervalSeconds() {
        return postIntervalSeconds;
    }

    public int newAccountHours() {
        return newAccountHours;
    }

    public int newTopicIntervalSeconds() {
        return newTopicIntervalSeconds;
    }

    public int newPostIntervalSeconds() {
        return newPostIntervalSeconds;
    }

    public int newTopicsPerDay() {
        return newTopicsPerDay;
    }

    public int newRepliesPerDay() {
        return newRepliesPerDay;
    }

    public int newMaxLinks() {
        return newMaxLinks;
    }

    public int duplicateWindowSeconds() {
        return duplicateWindowSeconds;
    }
}
