package org.oursociety.portal.api.internal.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether a user has confirmed their address, read from {@code core.user_account}. Asked only when an
 * unconfirmed user's token is due to be re-signed anyway, so that a confirmation made in another browser
 * reaches this session's token (in every WAR) within one refresh interval without a query per request.
 */
public class AccountConfirmations {

    private static final Logger LOG = Logger.getLogger(AccountConfirmations.class.getName());

    private final DataSource dataSource;

    public AccountConfirmations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code false} also when the database cannot be read: the token keeps saying what it said. */
    public boolean isConfirmed(UUID userId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select confirmed from core.user_account where id = ?")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot read whether an account is confirmed: {0}", e.getMessage());
            return false;
        }
    }
}
