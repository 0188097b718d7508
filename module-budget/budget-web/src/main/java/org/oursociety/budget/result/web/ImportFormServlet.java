package org.oursociety.budget.result.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.result.application.ImportService;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.web.PlainGet;

/**
 * The import page's upload, {@code POST /budget/{area}/import.upload} (multipart: a Pabulib file, an
 * optional title and rule, the session's CSRF token). It imports and shows the import page again with
 * the new round and every problem in the file by line, or with why the file was refused.
 *
 * <p>Mapped by extension, not at {@code /import-form} behind the area filter's forward: the container
 * (GlassFish/Payara) parses a multipart body under the servlet that the <em>original</em> address maps to,
 * and the core's language filter reads a parameter (so parses the body) before the area filter forwards.
 * Forwarded to a path servlet, the upload was parsed as if there were no {@code @MultipartConfig}:
 * no {@code csrf} parameter, a 403 and the portal's problem page. With {@code *.upload} the original
 * address {@code /{area}/import.upload} maps here already, so the parts are parsed with this config,
 * while the area filter still checks the area and the module switch and sets the area.
 */
@WebServlet("*.upload")
@MultipartConfig(maxFileSize = ImportFormServlet.MAX_MB * 1024 * 1024, maxRequestSize = (ImportFormServlet.MAX_MB + 1) * 1024 * 1024,
        fileSizeThreshold = 1024 * 1024)
public class ImportFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportFormServlet.class.getName());
    static final long MAX_MB = 64;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ImportService imports;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.setCharacterEncoding("UTF-8");
        PortalUser user = currentUser.user().orElse(null);
        String area = (String) request.getAttribute(AreaContext.ATTRIBUTE);
        if (area == null || !request.getServletPath().equals("/import.upload")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (user == null) {
            response.sendRedirect("/login.xhtml?next=" + URLEncoder.encode(request.getContextPath() + "/" + area
                    + "/import.xhtml", StandardCharsets.UTF_8));
            return;
        }
        Locale language = Languages.of(request);
        Part part;
        try {
            part = request.getPart("file");
        } catch (ServletException | RuntimeException e) {
            // The container's way of saying the body is over this servlet's @MultipartConfig limits (or is
            // no multipart body): the visitor's, not a fault. The page again, not reading the body again.
            LOG.log(Level.FINE, "An import upload could not be read: {0}", e.getMessage());
            refused(new PlainGet(request), response, List.of(BudgetText.message("import.too-big", MAX_MB).in(language)));
            return;
        }
        if (!user.csrfToken().equals(request.getParameter("csrf"))) {
            refused(request, response, List.of(BudgetText.message("import.expired").in(language)));
            return;
        }
        String file = part == null ? "" : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            ImportService.Imported imported = imports.importRound(user, area, request.getParameter("title"),
                    request.getParameter("rule"), file);
            request.setAttribute("budgetImported", imported.round().id());
            request.setAttribute("budgetImportProblems", imported.problems().stream()
                    .map(p -> BudgetText.message("import.problem", p.line(), p.message()).in(language)).toList());
        } catch (Refusal refusal) {
            List<String> messages = new ArrayList<>();
            refusal.fields().values().forEach(m -> messages.add(m.in(language)));
            if (messages.isEmpty()) {
                messages.add(refusal.reason().in(language));
            }
            refused(request, response, messages);
            return;
        }
        request.getRequestDispatcher("/import.xhtml").forward(request, response);
    }

    /**
     * The import page again with why (200, as a form with field errors answers): with a 4xx the portal's
     * error page would take over and the problems by line would never be shown; the API import keeps
     * its 400.
     */
    private static void refused(HttpServletRequest request, HttpServletResponse response, List<String> messages)
            throws IOException, ServletException {
        request.setAttribute("budgetImportRefused", messages);
        request.getRequestDispatcher("/import.xhtml").forward(request, response);
    }
}
