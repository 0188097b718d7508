package org.oursociety.core.statement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.oursociety.portal.api.text.UserText;

/**
 * The footer's statements. The privacy notice is Markdown: the council's own file when
 * {@code PORTAL_PRIVACY_NOTICE_FILE} (Welsh: {@code PORTAL_PRIVACY_NOTICE_FILE_CY}) names one, else
 * the notice shipped with the portal, written from docs/PRIVACY.md. It is rendered and sanitised like
 * members' text, so a mistake in the council's file cannot break the page.
 */
@Named
@RequestScoped
public class StatementView {

    private static final Logger LOG = Logger.getLogger(StatementView.class.getName());
    private static final UserText TEXT = new UserText();

    public String getPrivacyNotice() {
        boolean welsh = "cy".equals(language().getLanguage());
        String markdown = councilFile(welsh ? "portal.privacy-notice-file-cy" : "portal.privacy-notice-file")
                .orElseGet(() -> shipped(welsh ? "privacy-notice_cy.md" : "privacy-notice.md"));
        return TEXT.render(markdown).html();
    }

    private static Optional<String> councilFile(String key) {
        Optional<String> file = ConfigProvider.getConfig().getOptionalValue(key, String.class).filter(s -> !s.isBlank());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(Path.of(file.get().strip()), StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read the privacy notice {0} ({1}); showing the portal's own", new Object[]{file.get(), e.getMessage()});
            return Optional.empty();
        }
    }

    private static String shipped(String name) {
        try (InputStream in = StatementView.class.getResourceAsStream("/org/oursociety/core/statement/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The portal's privacy notice " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Locale language() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
