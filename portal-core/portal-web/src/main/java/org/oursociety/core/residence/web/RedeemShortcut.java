package org.oursociety.core.residence.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oursociety.core.residence.application.CodeSheet;

/**
 * {@code /code}: the short address printed on voting-code slips, easy to type from paper. It leads to
 * the form where a code is entered (sign-in first for the signed-out, as that page does).
 */
@WebServlet(CodeSheet.REDEEM_PATH)
public class RedeemShortcut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", "/account/residence.xhtml#redeem");
    }
}
