package org.oursociety.portal.launcher;

/** A start-up failure the person at the terminal can act on; printed as one line, never a stack trace. */
public class LaunchException extends Exception {

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
