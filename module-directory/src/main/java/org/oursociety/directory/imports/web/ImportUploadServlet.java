package org.oursociety.directory.imports.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.oursociety.directory.imports.application.ImportJob;
import org.oursociety.directory.imports.application.ImportJobs;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * The import page's uploads: {@code POST /directory/{area}/hsds.upload} (an HSDS JSON file or the CSV data
 * package as a zip, {@code directory.manage}) and {@code .../postcodes.upload} (a postcode file, platform
 * admins). A plain multipart form with the session's CSRF token, so it works without script. The file is
 * spooled to disk by the container (never held in memory), handed to {@link ImportJobs}, and the browser is
 * sent to the page that shows the job's progress; a refusal goes back to the page with its message.
 *
 * <p>Mapped by extension on purpose: the area filter forwards {@code /{area}/hsds.upload} to
 * {@code /hsds.upload}, and the container reads a multipart body with the settings of the servlet the
 * request first mapped to; an extension mapping makes that this servlet both times.
 */
@WebServlet("*.upload")
@MultipartConfig(maxFileSize = 2L * 1024 * 1024 * 1024, maxRequestSize = 2L * 1024 * 1024 * 1024 + 1024 * 1024,
        fileSizeThreshold = 1024 * 1024)
public class ImportUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ImportJobs jobs;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        PortalUser user = currentUser.user().orElse(null);
        String area = (String) request.getAttribute(AreaContext.ATTRIBUTE);
        String path = request.getServletPath();
        boolean postcodes = path.endsWith("/postcodes.upload");
        if (area == null || !(postcodes || path.endsWith("/hsds.upload"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String page = request.getContextPath() + "/" + area + "/import.xhtml";
        if (user == null) {
            response.sendRedirect("/login.xhtml?next=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException tooLarge) {
            back(response, page, "import.too-large");
            return;
        }
        if (!user.csrfToken().equals(request.getParameter("csrf"))) {
            back(response, page, "import.expired");
            return;
        }
        if (file == null || file.getSize() == 0) {
            back(response, page, "import.no-file");
            return;
        }
        try (InputStream body = file.getInputStream()) {
            ImportJob.Progress started = postcodes ? jobs.startPostcodes(user, body)
                    : jobs.startHsds(user, area, body, isZip(file));
            response.sendRedirect(page + "?job=" + started.id());
        } catch (Refusal refused) {
            if (refused.kind() == Refusal.Kind.FORBIDDEN) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            back(response, page, refused.fields().isEmpty() ? refused.reason().key()
                    : refused.fields().values().iterator().next().key());
        } finally {
            file.delete();
        }
    }

    /** The data package is a zip (by its name or type); anything else is read as HSDS JSON. */
    static boolean isZip(Part file) {
        String name = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName().toLowerCase(Locale.ROOT);
        String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
        return name.endsWith(".zip") || type.contains("zip");
    }

    /** Back to the page, which says why (a known message key only: see ImportPageView). */
    private static void back(HttpServletResponse response, String page, String key) throws IOException {
        response.sendRedirect(page + "?refused=" + key);
    }
}
