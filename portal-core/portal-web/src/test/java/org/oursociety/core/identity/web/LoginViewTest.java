package org.oursociety.core.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginViewTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/forum/", "/forum/riverton/topics?page=2", "/budget/north-ward#vote", "/directory/a%2Fb"})
    void aPathOnThisPortalIsWhereSignInLeadsNext(String next) {
        assertThat(safeNext(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example", "//evil.example/forum/", "https://evil", "http://evil.example/",
            "/\\evil", "/\\/evil.example", "\\\\evil.example", "javascript:alert(1)", "forum/", "/ /evil.example",
            "/\t/evil.example", "/forum\n/evil", " /forum/"})
    void anythingElseLeadsHome(String next) {
        assertThat(safeNext(next)).isEqualTo("/");
    }

    private static String safeNext(String next) {
        LoginView view = new LoginView();
        view.setNext(next);
        return view.safeNext();
    }
}
