package org.oursociety.budget.result.domain;

import java.math.BigDecimal;

/**
 * How an Equal Shares count went: each voter's share at the start (budget ÷ voters), the share the kept
 * run used (above it when the completion raised it), and what one more raise would have spent.
 */
public record ShareNote(BigDecimal startingShare, BigDecimal perVoterShare, BigDecimal nextRunCost) {
}
