package org.oursociety.portal.api.i18n;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A signed-in user's language ({@code core.user_account.preferred_language}), read and written by
 * every WAR with plain JDBC on {@code jdbc/portal} like the other shared readers of core tables. The
 * read is one primary-key lookup per page for signed-in users only; the token does not carry the
 * language, so a change on the profile or in the header shows at once in every WAR.
 */
@ApplicationScoped
public class LanguagePreferences {

    private static final Logger LOG = Logger.getLogger(LanguagePreferences.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    /** The user's language, or empty if it cannot be read (the cookie or the browser then decides). */
    public Optional<Locale> of(UUID userId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "select preferred_language from core.user_account where id = ? and deleted_at is null")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(Languages.supported(row.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot read a language preference: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps the header's choice as the user's preference (mails come in it too). */
    public void prefer(UUID userId, Locale language) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement(
                     "update core.user_account set preferred_language = ? where id = ? and deleted_at is null"
                             + " and preferred_language <> ?")) {
            update.setString(1, language.getLanguage());
            update.setObject(2, userId);
            update.setString(3, language.getLanguage());
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot save a language preference: {0}", e.getMessage());
        }
    }
}
