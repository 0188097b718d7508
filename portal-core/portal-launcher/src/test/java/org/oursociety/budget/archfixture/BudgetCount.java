package org.oursociety.budget.archfixture;

/** Another module's class for ArchitectureTest's fixture: the forum must not use it. */
public class BudgetCount {
}
