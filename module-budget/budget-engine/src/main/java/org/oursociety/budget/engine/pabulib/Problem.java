package org.oursociety.budget.engine.pabulib;

/** One thing wrong with a file, and where. */
public record Problem(int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
