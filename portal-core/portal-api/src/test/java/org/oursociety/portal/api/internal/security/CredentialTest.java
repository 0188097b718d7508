package org.oursociety.portal.api.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.internal.security.Credential;
import org.oursociety.portal.api.internal.security.SessionCookie;

class CredentialTest {

    @Test
    void aBearerHeaderWinsOverTheCookieAndIsMarkedAsBearer() {
        HttpServletRequest request = request(Map.of("Authorization", "Bearer abc.def.ghi"), false,
                new Cookie(SessionCookie.NAME, "cookie-token"));

        assertThat(Credential.from(request)).contains(new Credential("abc.def.ghi", Credential.Source.BEARER));
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        HttpServletRequest request = request(Map.of("Authorization", "bearer   abc "), false);

        assertThat(Credential.from(request)).contains(new Credential("abc", Credential.Source.BEARER));
    }

    @Test
    void theSessionCookieIsACookieCredential() {
        HttpServletRequest request = request(Map.of(), false,
                new Cookie("other", "x"), new Cookie(SessionCookie.NAME, "cookie-token"));

        assertThat(Credential.from(request)).contains(new Credential("cookie-token", Credential.Source.COOKIE));
    }

    @Test
    void noTokenMeansNoCredential() {
        assertThat(Credential.from(request(Map.of(), false))).isEmpty();
        assertThat(Credential.from(request(Map.of("Authorization", "Basic dXNlcjpwYXNz"), false))).isEmpty();
        assertThat(Credential.from(request(Map.of(), false, new Cookie(SessionCookie.NAME, " ")))).isEmpty();
    }

    @Test
    void theCookieIsHttpOnlyLaxAndForTheWholePortal() {
        List<Cookie> written = new ArrayList<>();
        SessionCookie.write(request(Map.of(), false), response(written), "token");

        assertThat(written).singleElement().satisfies(cookie -> {
            assertThat(cookie.getName()).isEqualTo(SessionCookie.NAME);
            assertThat(cookie.getValue()).isEqualTo("token");
            assertThat(cookie.getPath()).isEqualTo("/");
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
            assertThat(cookie.getSecure()).isFalse();
            assertThat(cookie.getMaxAge()).as("a browser-session cookie").isEqualTo(-1);
        });
    }

    @Test
    void theCookieIsSecureOverHttpsAndBehindATlsProxy() {
        List<Cookie> written = new ArrayList<>();
        SessionCookie.write(request(Map.of(), true), response(written), "token");
        SessionCookie.write(request(Map.of("X-Forwarded-Proto", "https"), false), response(written), "token");

        assertThat(written).hasSize(2).allSatisfy(cookie -> assertThat(cookie.getSecure()).isTrue());
    }

    @Test
    void clearingExpiresTheCookieAtOnce() {
        List<Cookie> written = new ArrayList<>();
        SessionCookie.clear(request(Map.of(), false), response(written));

        assertThat(written).singleElement().satisfies(cookie -> {
            assertThat(cookie.getName()).isEqualTo(SessionCookie.NAME);
            assertThat(cookie.getPath()).isEqualTo("/");
            assertThat(cookie.getMaxAge()).isZero();
        });
    }

    /** A request with these headers (exact names), TLS flag and cookies; anything else it is asked is null. */
    static HttpServletRequest request(Map<String, String> headers, boolean secure, Cookie... cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(CredentialTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    case "isSecure" -> secure;
                    default -> method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                });
    }

    static HttpServletResponse response(List<Cookie> written) {
        return (HttpServletResponse) Proxy.newProxyInstance(CredentialTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addCookie")) {
                        written.add((Cookie) args[0]);
                    }
                    return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                });
    }

}
