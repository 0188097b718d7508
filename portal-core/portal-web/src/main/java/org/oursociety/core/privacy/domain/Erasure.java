package org.oursociety.core.privacy.domain;

/** How a request to delete an account ended. */
public enum Erasure {
    /** The account is now a tombstone; every session is revoked. */
    ERASED,
    /** The password did not match; nothing changed. */
    WRONG_PASSWORD,
    /** No live account with that id (already deleted, or never existed); nothing changed. */
    NO_ACCOUNT
}
