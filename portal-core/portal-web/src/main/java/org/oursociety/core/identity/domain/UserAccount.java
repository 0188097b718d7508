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
    /** The languages the portal can be read in (English, Welsh). */
    public static final Set<String> LANGUAGES = Set.of("en", "cy");

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

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = "en";

    /** A String, not a UUID: EclipseLink 4's UUID converter throws on a null column value. */
    @Column(name = "home_area_id")
    private String homeAreaId;

    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String email, String displayName, String passwordHash) {
        if (!EmailAddress.isPlausible(email)) {
            throw new IllegalArgumentException("Not an email address");
        }
        this.id = UUID.randomUUID();
        this.email = EmailAddress.normalise(email);
        this.displayName = checkedDisplayName(displayName);
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

    /**
     * Whether a display name is acceptable: 1 to {@value #MAX_DISPLAY_NAME} characters after trimming,
     * none of them a control character or the replacement character left by broken UTF-8.
     */
    public static boolean isValidDisplayName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        int length = name.codePointCount(0, name.length());
        return length >= 1 && length <= MAX_DISPLAY_NAME
                && name.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0xFFFD);
    }

    private static String checkedDisplayName(String displayName) {
        if (!isValidDisplayName(displayName)) {
            throw new IllegalArgumentException("A display name has 1 to " + MAX_DISPLAY_NAME
                    + " characters, none of them control characters");
        }
        return displayName.strip();
    }

    public void rename(String newDisplayName) {
        displayName = checkedDisplayName(newDisplayName);
    }

    /** A new password, or the same one hashed with stronger parameters. */
    public void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("A password hash is required");
        }
        passwordHash = newHash;
    }

    /** The address the owner has just proved they receive mail at; proving it also confirms the account. */
    public void changeEmail(String newEmail) {
        if (!EmailAddress.isPlausible(newEmail)) {
            throw new IllegalArgumentException("Not an email address");
        }
        email = EmailAddress.normalise(newEmail);
        confirmed = true;
    }

    public void preferLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("The portal speaks " + LANGUAGES + ", not " + language);
        }
        preferredLanguage = language;
    }

    /** {@code null}: the resident has not said where they live. */
    public void liveIn(UUID areaId) {
        homeAreaId = areaId == null ? null : areaId.toString();
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public UUID homeAreaId() {
        return homeAreaId == null ? null : UUID.fromString(homeAreaId);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
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
}
