package org.oursociety.forum.archfixture.application;

import org.oursociety.budget.archfixture.BudgetCount;

/** Breaks one rule on purpose (ArchitectureTest): a module that uses another module. Test code only. */
public class UsesBudget {

    public Object offend() {
        return new BudgetCount();
    }
}
