package org.oursociety.forum.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void onlyTheHighlightMarksSurviveAsTags() {
        assertThat(SearchService.safeSnippet("the <mark>orchard</mark> <script>alert(1)</script> & \"more\""))
                .isEqualTo("the <mark>orchard</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;");
    }
}
