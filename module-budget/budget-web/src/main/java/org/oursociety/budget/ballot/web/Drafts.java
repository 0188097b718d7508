package org.oursociety.budget.ballot.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;

/**
 * A ballot between its steps (chosen, under review, sent back with a problem), kept in the voter's
 * session rather than in the address: an address with the choices in it ends up in the browser's
 * history, in proxies' logs and in a shared screen's autocomplete, which a secret ballot should not.
 */
final class Drafts {

    private static final String PREFIX = "budget.ballot-draft.";

    private Drafts() {
    }

    static void keep(HttpServletRequest request, long roundId, String code) {
        request.getSession(true).setAttribute(PREFIX + roundId, code);
    }

    static void clear(HttpServletRequest request, long roundId) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PREFIX + roundId);
        }
    }

    /** The draft from the JSF side's session map, or null. */
    static String of(Map<String, Object> sessionMap, long roundId) {
        Object code = sessionMap.get(PREFIX + roundId);
        return code instanceof String s ? s : null;
    }
}
