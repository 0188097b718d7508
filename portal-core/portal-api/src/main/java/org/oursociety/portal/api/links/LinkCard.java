package org.oursociety.portal.api.links;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a module says about a link to one of its pages, for a small card under a member's post: the
 * thing's current title and state, in the reader's language.
 *
 * @param title     e.g. a proposal's title
 * @param kind      what it is, a code: {@code proposal}, {@code organization}, {@code service}
 * @param kindLabel what it is, in words: "Budget proposal"
 * @param state     its state in one line of words: "£8,000 · Results · Funded"
 * @param href      its page, an absolute path within the portal
 */
public record LinkCard(String title, String kind, String kindLabel, String state, String href) {

    /** A query parameter of a link ({@code id} of {@code /budget/x/proposal.xhtml?id=7}), decoded. */
    public static Optional<String> param(URI href, String name) {
        String query = href.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException badEscape) {
                    return Optional.empty(); // "%zz": not a link to anything
                }
            }
        }
        return Optional.empty();
    }

    /** The parts of a link's path: {@code /budget/riverside/proposal.xhtml} → budget, riverside, proposal.xhtml. */
    public static String[] segments(URI href) {
        String path = href.getPath() == null ? "" : href.getPath();
        return path.startsWith("/") ? path.substring(1).split("/") : path.split("/");
    }
}
