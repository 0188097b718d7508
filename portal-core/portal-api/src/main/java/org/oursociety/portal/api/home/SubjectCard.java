package org.oursociety.portal.api.home;

import java.util.List;

/**
 * What a module says about one of its items (a budget proposal, an organisation) to another module that
 * links to it: served at {@code <module>/api/subjects/{itemId}?lang=} and read live, so the other module's
 * page stays in step when the item changes. The owner answers only with what its reader may see (404 for
 * an item that is not public), which is also what lets another module believe it: the forum makes a
 * topic about an item only after the item's own module has answered for it.
 *
 * @param area     the item's area slug
 * @param title    the item's title
 * @param href     its page on the portal ({@code /budget/riverside/proposal.xhtml?id=7})
 * @param summary  one or two plain sentences, or empty
 * @param authorId the member who wrote the item (a uuid), or {@code null}
 * @param facts    a few facts in the reader's language ("Cost": "£4,000")
 */
public record SubjectCard(String area, String title, String href, String summary, String authorId, List<Fact> facts) {

    public SubjectCard {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** One labelled fact of a card. */
    public record Fact(String label, String value) {
    }
}
