package org.oursociety.core.area.application;

/** Why a change to the areas was not made, in words for the person who asked, and of which kind. */
public class AreaRefused extends RuntimeException {

    public enum Kind { BAD_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT }

    private final Kind kind;

    private AreaRefused(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static AreaRefused badInput(String reason) {
        return new AreaRefused(Kind.BAD_INPUT, reason);
    }

    public static AreaRefused notFound(String reason) {
        return new AreaRefused(Kind.NOT_FOUND, reason);
    }

    public static AreaRefused forbidden(String reason) {
        return new AreaRefused(Kind.FORBIDDEN, reason);
    }

    public static AreaRefused conflict(String reason) {
        return new AreaRefused(Kind.CONFLICT, reason);
    }
}
