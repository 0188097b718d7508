package org.oursociety.portal.launcher.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * Accounts that a test may delete, written straight into the portal's database: a new address
 * each time, with the demo residents' password (their hash is copied), so tests need no
 * registration API and never delete the demo's own residents.
 */
final class ThrowawayAccounts {

    static final String PASSWORD = SessionApiIT.RESIDENT_PASSWORD;

    private ThrowawayAccounts() {
    }

    /** A new confirmed resident; returns their email address. */
    static String create(RunningPortal portal, String displayName) throws Exception {
        String email = "throwaway-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        insert(portal, email, displayName);
        return email;
    }

    /** Inserts a live account with this address, as a registration would; fails if the address is taken. */
    static void insert(RunningPortal portal, String email, String displayName) throws Exception {
        try (Connection c = portal.database(); PreparedStatement insert = c.prepareStatement("""
                insert into core.user_account (id, email, display_name, password_hash, confirmed)
                select ?, ?, ?, password_hash, true from core.user_account where email = ?""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, email);
            insert.setString(3, displayName);
            insert.setString(4, SessionApiIT.AMIRA);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("The demo resident " + SessionApiIT.AMIRA + " is missing");
            }
        }
    }
}
