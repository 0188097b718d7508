package org.oursociety.forum.topic.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code @name} mentions. A member's handle is their display name's letters and digits ("Amira Khan" is
 * {@code @AmiraKhan}), compared ignoring case; at most ten mentions of a post notify anyone.
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([\\p{L}\\p{N}_]{2,40})");
    public static final int MAX = 10;

    private Mentions() {
    }

    public static Set<String> handlesIn(String source) {
        Set<String> handles = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(source == null ? "" : source);
        while (m.find() && handles.size() < MAX) {
            handles.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return handles;
    }

    public static String handleOf(String displayName) {
        return displayName.replaceAll("[^\\p{L}\\p{N}_]", "");
    }
}
