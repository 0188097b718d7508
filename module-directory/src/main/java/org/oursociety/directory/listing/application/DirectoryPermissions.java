package org.oursociety.directory.listing.application;

/** The permissions the directory declares ({@code DirectoryStartup}) and asks {@code AreaAccess} about. */
public final class DirectoryPermissions {

    /** Import and export, approve claims and suggestions, see reports: area admins. */
    public static final String MANAGE = "directory.manage";

    public static final String BUNDLE = "org.oursociety.directory.Messages";

    private DirectoryPermissions() {
    }
}
