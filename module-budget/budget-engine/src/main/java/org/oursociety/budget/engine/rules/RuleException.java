package org.oursociety.budget.engine.rules;

/** A rule that cannot be applied to this election, with a message for the person counting. */
public class RuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleException(String message) {
        super(message);
    }
}
