package org.oursociety.budget.engine.pabulib;

public enum Section {
    META, PROJECTS, VOTES
}
