package org.oursociety.forum.platform;

import org.oursociety.portal.api.i18n.Message;

/** The forum's sentences, by key in {@code org/oursociety/forum/Messages.properties} (English and Welsh). */
public final class ForumText {

    public static final String BUNDLE = "org.oursociety.forum.Messages";

    private ForumText() {
    }

    public static Message of(String key, Object... args) {
        return new Message(BUNDLE, key, args);
    }
}
