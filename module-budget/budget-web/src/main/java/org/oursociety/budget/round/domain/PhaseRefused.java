package org.oursociety.budget.round.domain;

/** A phase change the order of phases does not allow: a step backwards, a skipped phase, or the same one again. */
public class PhaseRefused extends RuntimeException {

    private final Phase from;
    private final Phase to;

    public PhaseRefused(Phase from, Phase to) {
        super("A round in " + from.id() + " cannot move to " + to.id(), null, false, false);
        this.from = from;
        this.to = to;
    }

    public Phase from() {
        return from;
    }

    public Phase to() {
        return to;
    }
}
