package org.oursociety.core.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.oursociety.core.identity.application.SignInService;
import org.oursociety.portal.api.internal.security.SessionCookie;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * The target of the header's sign-out button on every WAR's pages. The form carries the session's
 * CSRF token, so another site cannot sign a resident out.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    @Inject
    SignInService signIn;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PortalUser user = currentUser.user().orElse(null);
        if (user != null) {
            String csrf = request.getParameter("csrf");
            if (csrf == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    user.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            signIn.signOut(user.sessionId());
        }
        SessionCookie.clear(request, response);
        response.sendRedirect("/");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect("/");
    }
}
