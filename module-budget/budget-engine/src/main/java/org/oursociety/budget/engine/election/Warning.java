package org.oursociety.budget.engine.election;

/**
 * Something in a file that the count worked around rather than refused (a project listed
 * twice in one ballot, a wrong num_votes), with its line; the command line prints these with
 * the result. docs/budget-engine.md lists which problems warn and which stop a count.
 */
public record Warning(int line, String message) implements java.io.Serializable {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
