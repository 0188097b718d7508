package org.oursociety.portal.api.i18n;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;
import org.oursociety.portal.api.internal.cache.Refreshed;

/**
 * A signed-in user's language ({@code core.user_account.preferred_language}), read and written by
 * every WAR with plain JDBC on {@code jdbc/portal} like the other shared readers of core tables. The
 * read was one primary-key lookup per page for signed-in users; it is now remembered briefly (see
 * {@link #of(UUID, String)}). The token does not carry the language, so a change needs no new token.
 */
@ApplicationScoped
public class LanguagePreferences {

    private static final Logger LOG = Logger.getLogger(LanguagePreferences.class.getName());

    private static final int MAX_CACHED = 10_000;

    private record Key(UUID userId, String cookieLanguage) {
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private final Map<Key, Refreshed<Optional<Locale>>> cache = new ConcurrentHashMap<>();

    /** The user's language, or empty if it cannot be read (the cookie or the browser then decides). */
    public Optional<Locale> of(UUID userId) {
        return of(userId, null);
    }

    /**
     * The same, remembered for {@link AreaDirectory#MAX_AGE} per user and language cookie: the header's
     * switch sets the cookie in every WAR's sight, so a new cookie reads the preference afresh at once;
     * a change on the profile is forgotten at once in the WAR that makes it ({@link #prefer} and
     * {@link #forget}) and seen by the others within that time.
     */
    public Optional<Locale> of(UUID userId, String cookieLanguage) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        return cache.computeIfAbsent(new Key(userId, cookieLanguage), key -> Refreshed.keepingLast(
                "a language preference", () -> read(userId), Clock.systemUTC(), AreaDirectory.MAX_AGE,
                Optional.<Locale>empty())).get();
    }

    /** After the user's preference changed here: every WAR's cache hears of it. */
    public void forget(UUID userId) {
        CacheInvalidation.changed(CacheInvalidation.Topic.LANGUAGE, userId.toString());
    }

    @PostConstruct
    void listen() {
        CacheInvalidation.listen(CacheInvalidation.Topic.LANGUAGE, key -> {
            if (key == null) {
                cache.clear();
            } else {
                UUID user = UUID.fromString(key);
                cache.keySet().removeIf(k -> k.userId().equals(user));
            }
        });
    }

    private Optional<Locale> read(UUID userId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "select preferred_language from core.user_account where id = ? and deleted_at is null")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(Languages.supported(row.getString(1))) : Optional.empty();
            }
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
            forget(userId);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot save a language preference: {0}", e.getMessage());
        }
    }
}
