package org.oursociety.budget.engine.pabulib;

/** A file that cannot be read or counted, with the line where the trouble is. */
public class PbFormatException extends RuntimeException {
    private final int line;
    private final String problem;

    public PbFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
        this.problem = problem;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
