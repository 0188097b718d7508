package org.oursociety.core.useradmin.application;

/** An administration action that was refused; nothing was changed. */
public class UserAdminException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; pages and the API turn each into their own words. */
    public enum Reason {
        /** No user has that id. */
        NOT_FOUND,
        /** An admin tried to disable their own account, which would lock them out. */
        DISABLING_YOURSELF,
        /** The change would leave the portal without an enabled platform admin. */
        LAST_ADMIN
    }

    private final Reason reason;

    public UserAdminException(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
