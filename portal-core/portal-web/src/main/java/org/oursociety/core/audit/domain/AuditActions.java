package org.oursociety.core.audit.domain;

import java.util.List;

/**
 * The action codes written so far. Other features add their own codes (any {@code feature.verb}
 * matching {@link AuditEntry#ACTION}); listing them here puts them in the admin page's filter.
 */
public final class AuditActions {

    public static final String USER_DISABLED = "user.disabled";
    public static final String USER_ENABLED = "user.enabled";
    public static final String ADMIN_GRANTED = "admin.granted";
    public static final String ADMIN_REVOKED = "admin.revoked";
    public static final String SIGNIN_LOCKED = "signin.locked";
    public static final String AREA_CREATED = "area.created";
    public static final String AREA_CHANGED = "area.changed";
    public static final String AREA_ARCHIVED = "area.archived";
    public static final String AREA_MODULE_SWITCHED = "area.module-switched";
    public static final String AREA_ROLE_GRANTED = "area.role-granted";
    public static final String AREA_ROLE_REVOKED = "area.role-revoked";
    public static final String RESIDENCE_VERIFIED = "residence.verified";
    public static final String RESIDENCE_REJECTED = "residence.rejected";
    public static final String RESIDENCE_CODES_ISSUED = "residence.codes-issued";
    public static final String RESIDENCE_CODE_REDEEMED = "residence.code-redeemed";

    public static final List<String> KNOWN = List.of(USER_DISABLED, USER_ENABLED, ADMIN_GRANTED, ADMIN_REVOKED,
            SIGNIN_LOCKED, AREA_CREATED, AREA_CHANGED, AREA_ARCHIVED, AREA_MODULE_SWITCHED, AREA_ROLE_GRANTED,
            AREA_ROLE_REVOKED, RESIDENCE_VERIFIED, RESIDENCE_REJECTED, RESIDENCE_CODES_ISSUED, RESIDENCE_CODE_REDEEMED);

    private AuditActions() {
    }
}
