package org.oursociety.portal.api.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.search.SearchHit;

/** Which links a post's cards are asked for: only this portal's own pages. */
class LinkCardsTest {

    private final LinkCards cards = new LinkCards();

    {
        cards.baseUrl = "https://portal.example.gov.uk";
    }

    @Test
    void pathsAndAddressesOnThePortalsOwnHostAreLocal() {
        assertThat(cards.local("/budget/riverside/proposal.xhtml?id=7")).hasValue("/budget/riverside/proposal.xhtml?id=7");
        assertThat(cards.local("https://portal.example.gov.uk/directory/x/organization.xhtml?id=a-b"))
                .hasValue("/directory/x/organization.xhtml?id=a-b");
        assertThat(cards.local("HTTPS://Portal.Example.gov.uk/budget/x/proposal.xhtml?id=1")).isPresent();
    }

    @Test
    void otherHostsSchemesAndTricksAreNot() {
        assertThat(cards.local("https://evil.example/budget/x/proposal.xhtml?id=7")).isEmpty();
        assertThat(cards.local("https://portal.example.gov.uk:8443/budget/x/proposal.xhtml?id=7")).isEmpty();
        assertThat(cards.local("//evil.example/budget/")).isEmpty();
        assertThat(cards.local("javascript:alert(1)")).isEmpty();
        assertThat(cards.local("mailto:a@b.c")).isEmpty();
        assertThat(cards.local("budget/x")).isEmpty();
        assertThat(cards.local("/budget/../admin/")).isEmpty();
        assertThat(cards.local("/budget/x y")).isEmpty();
    }

    @Test
    void theSanitisersEntitiesAreReadBack() {
        assertThat(LinkCards.unescape("/budget/x/proposal.xhtml?id&#61;18&amp;page&#x3D;2")).isEqualTo("/budget/x/proposal.xhtml?id=18&page=2");
        assertThat(LinkCards.unescape("&#99999999;&lt;")).isEqualTo("&#99999999;<");
    }

    @Test
    void aLinksPartsAndParametersAreRead() {
        URI href = URI.create("/budget/riverside/proposal.xhtml?x=1&id=42");
        assertThat(LinkCard.segments(href)).containsExactly("budget", "riverside", "proposal.xhtml");
        assertThat(LinkCard.param(href, "id")).hasValue("42");
        assertThat(LinkCard.param(href, "page")).isEmpty();
        assertThat(LinkCard.param(URI.create("/budget/x/proposal.xhtml?id=%25zz"), "id")).hasValue("%zz");
    }

    @Test
    void aSnippetIsOneShortLine() {
        assertThat(SearchHit.snippet("  Lantern\n walks   by the river ", 100)).isEqualTo("Lantern walks by the river");
        assertThat(SearchHit.snippet("one two three four five six", 12)).isEqualTo("one two…");
        assertThat(SearchHit.snippet(null, 10)).isNull();
    }
}
