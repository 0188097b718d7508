package org.oursociety.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.oursociety.portal.api.security.Roles;

/** A person who can sign in to the portal. */
@Entity
@Table(name = "user_account", schema = "core")
public class UserAccount {

    public static final int MAX_DISPLAY_NAME = 80;

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "disabled_at")
    private OffsetDateTime disabledAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String email, String displayName, String passwordHash) {
        if (!EmailAddress.isPlausible(email)) {
            throw new IllegalArgumentException("Not an email address");
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("A display name has 1 to " + MAX_DISPLAY_NAME + " characters");
        }
        this.id = UUID.randomUUID();
        this.email = EmailAddress.normalise(email);
        this.displayName = name;
        this.passwordHash = passwordHash;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A resident who registered and has yet to confirm their address. */
    public static UserAccount register(String email, String displayName, String passwordHash) {
        return new UserAccount(email, displayName, passwordHash);
    }

    /** The first administrator, set up by whoever installs the portal; their address is taken as confirmed. */
    public static UserAccount platformAdministrator(String email, String displayName, String passwordHash) {
        UserAccount admin = new UserAccount(email, displayName, passwordHash);
        admin.confirmed = true;
        admin.platformAdmin = true;
        return admin;
    }

    public void confirm() {
        confirmed = true;
    }

    /** Stops the account from signing in; the caller also revokes its sessions. No-op when already disabled. */
    public void disable(Instant now) {
        if (disabledAt == null) {
            disabledAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    public void enable() {
        disabledAt = null;
    }

    public void grantPlatformAdmin() {
        platformAdmin = true;
    }

    public void revokePlatformAdmin() {
        platformAdmin = false;
    }

    public Set<String> roles() {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Roles.RESIDENT);
        if (platformAdmin) {
            roles.add(Roles.PLATFORM_ADMIN);
        }
        return roles;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
