package org.oursociety.portal.api.home;

import java.util.List;

/**
 * What a module says about an area on the area's home page: "what is happening here". Written in the
 * reader's language by the module; links are absolute paths ({@code /forum/riverside/...}).
 *
 * @param module  the module's id, e.g. {@code forum}
 * @param title   the card's heading, e.g. "Latest discussions"
 * @param summary one sentence, e.g. "12 topics, 3 new this week", or what to do while there is nothing yet
 * @param items   a few entries, newest or most important first (at most five are shown)
 * @param href    where "see all" leads
 * @param action  the words of that link, e.g. "Go to the forum"
 */
public record AreaCard(String module, String title, String summary, List<Item> items, String href, String action) {

    public AreaCard {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One entry of a card.
     *
     * @param label  what it is, e.g. a topic's title
     * @param href   its page
     * @param detail a short fact in words, e.g. "5 replies, last on 30 November", or {@code null}
     * @param status a short status for a tag, e.g. "Voting open", or {@code null}
     */
    public record Item(String label, String href, String detail, String status) {
    }
}
