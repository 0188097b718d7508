package org.oursociety.directory.imports.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.oursociety.directory.imports.application.ImportJob;
import org.oursociety.directory.imports.application.ImportJobs;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.listing.application.ImportReport;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;

/**
 * {@code /directory/{area}/import.xhtml}: area admins upload an HSDS file (platform admins a postcode file
 * too), then follow the job on the same page, {@code ?job=...}: the page reloads itself every few seconds
 * while the job runs (no script needed), with a progress bar, the counts, and every problem by record and
 * field. {@code ?refused=key} says why an upload was refused.
 */
@Named
@RequestScoped
public class ImportPageView {

    /** Seconds between reloads while a job runs. */
    public static final int REFRESH_SECONDS = 3;

    /** The refusals the upload may send back here; any other key is not shown (it comes from the address). */
    private static final Set<String> REFUSALS = Set.of("import.busy", "import.empty", "import.not-json",
            "import.not-zip", "import.too-large", "import.interrupted", "import.expired", "import.no-file",
            "postcodes.busy");

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentUser currentUser;

    @Inject
    AreaContext area;

    @Inject
    AreaAccess access;

    private String job;
    private String refused;
    private boolean postcodesAllowed;
    private ImportJob.Progress progress;
    private boolean jobMissing;

    /** Area admins only (sign-in first, else 403); then the job asked for, if it is the reader's. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        PortalUser user = currentUser.user().orElse(null);
        if (user == null) {
            var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
            external.redirect("/login.xhtml?next=" + URLEncoder.encode(request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()), StandardCharsets.UTF_8));
            return;
        }
        if (area.getCurrent() == null || !access.can(user, DirectoryPermissions.MANAGE, area.getCurrent().slug())) {
            external.responseSendError(403, null);
            faces.responseComplete();
            return;
        }
        postcodesAllowed = user.hasRole(Roles.PLATFORM_ADMIN);
        if (job != null && !job.isBlank()) {
            Optional<ImportJob.Progress> found;
            try {
                found = jobs.progress(user, UUID.fromString(job.trim()));
            } catch (IllegalArgumentException notAnId) {
                found = Optional.empty();
            }
            progress = found.orElse(null);
            jobMissing = found.isEmpty();
        }
    }

    public String getRefusal() {
        if (refused == null || !REFUSALS.contains(refused)) {
            return null;
        }
        return said(refused);
    }

    /** Why the job failed, in the reader's language. */
    public String getFailure() {
        if (progress == null || progress.failure() == null) {
            return null;
        }
        return said(progress.failure());
    }

    /** A message of the directory's bundle; the API's "the body is not JSON" said as a person uploading reads it. */
    private static String said(String key) {
        String shown = "import.not-json".equals(key) ? "import.page.not-json" : key;
        return new Message(DirectoryPermissions.BUNDLE, shown).in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public boolean isRunning() {
        return progress != null && "running".equals(progress.state());
    }

    /** How far the job is, 0–100: by records once they are counted, by bytes read until then. */
    public int getPercent() {
        if (progress == null) {
            return 0;
        }
        if ("done".equals(progress.state())) {
            return 100;
        }
        if (progress.total() > 0) {
            return (int) Math.min(100, progress.done() * 100 / progress.total());
        }
        return progress.bytesTotal() > 0 ? (int) Math.min(100, progress.bytesRead() * 100 / progress.bytesTotal()) : 0;
    }

    public List<ImportReport.Problem> getProblems() {
        return progress == null ? List.of() : progress.problems();
    }

    public int getRefreshSeconds() {
        return REFRESH_SECONDS;
    }

    public ImportJob.Progress getProgress() {
        return progress;
    }

    public boolean isJobMissing() {
        return jobMissing;
    }

    public boolean isPostcodesAllowed() {
        return postcodesAllowed;
    }

    public String getCsrf() {
        return currentUser.user().map(PortalUser::csrfToken).orElse("");
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused;
    }
}
