package org.oursociety.portal.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** Which sentence the portal's error page ({@code /portal/problem.xhtml}) shows for the status it stands in for. */
@Named("portalErrorStatus")
@RequestScoped
public class ErrorStatus {

    static final Set<Integer> KNOWN = Set.of(400, 401, 403, 405, 413, 501, 503);

    @Inject
    HttpServletRequest request;

    /** {@code status.403} and the like; {@code status.other} for a status without sentences of its own. */
    public String getKey() {
        return keyOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
    }

    static String keyOf(Object status) {
        return status instanceof Integer code && KNOWN.contains(code) ? "status." + code : "status.other";
    }
}
