package org.oursociety.budget.engine.election;

/**
 * A project on the ballot. {@code cost} is in the election's money units (see
 * {@link Election#moneyScale()}), so all arithmetic on money stays in exact integers.
 */
public record Project(int index, String id, long cost, String name) {
}
