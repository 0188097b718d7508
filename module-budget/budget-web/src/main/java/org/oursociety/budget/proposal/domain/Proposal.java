package org.oursociety.budget.proposal.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.portal.api.text.RenderedText;

/**
 * A project a member proposes for a round. Its author edits or withdraws it while proposals are
 * open; in review a manager finds it feasible (with the final cost that goes on the ballot) or not
 * feasible (with an explanation, which its author is sent). Only feasible proposals are voted on.
 */
public final class Proposal {

    public static final long MAX_COST = Long.MAX_VALUE / 4;

    private final Long id;
    private final long roundId;
    private final UUID authorId;
    private String title;
    private RenderedText description;
    private long cost;
    private String place;
    private String category;
    private ProposalStatus status;
    private Long finalCost;
    private String explanation;
    private final Instant submittedAt;
    private Instant changedAt;
    private final String fileProjectId;

    public Proposal(Long id, long roundId, UUID authorId, String title, RenderedText description, long cost,
                    String place, String category, ProposalStatus status, Long finalCost, String explanation,
                    Instant submittedAt, Instant changedAt, String fileProjectId) {
        this.id = id;
        this.roundId = roundId;
        this.authorId = authorId;
        this.title = Objects.requireNonNull(title);
        this.description = Objects.requireNonNull(description);
        this.cost = cost;
        this.place = place;
        this.category = category;
        this.status = Objects.requireNonNull(status);
        this.finalCost = finalCost;
        this.explanation = explanation;
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.changedAt = Objects.requireNonNull(changedAt);
        this.fileProjectId = fileProjectId;
    }

    /** Changes what the author wrote; only while it is submitted (the round's phase is checked by the service). */
    public void edit(String title, RenderedText description, long cost, String place, String category, Instant now) {
        requireSubmitted();
        this.title = title;
        this.description = description;
        this.cost = cost;
        this.place = place;
        this.category = category;
        this.changedAt = now;
    }

    public void withdraw(Instant now) {
        requireSubmitted();
        status = ProposalStatus.WITHDRAWN;
        changedAt = now;
    }

    /** Feasible at {@code finalCost}, which is what the ballot shows and counting uses. */
    public void findFeasible(long finalCost, Instant now) {
        requireReviewable();
        if (finalCost <= 0) {
            throw new IllegalArgumentException("cost");
        }
        this.status = ProposalStatus.FEASIBLE;
        this.finalCost = finalCost;
        this.explanation = null;
        this.changedAt = now;
    }

    public void findUnfeasible(String explanation, Instant now) {
        requireReviewable();
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("explanation");
        }
        this.status = ProposalStatus.UNFEASIBLE;
        this.finalCost = null;
        this.explanation = explanation.strip();
        this.changedAt = now;
    }

    private void requireSubmitted() {
        if (status != ProposalStatus.SUBMITTED) {
            throw new IllegalStateException("status");
        }
    }

    /** A review may be changed while the round is in review (a manager corrects a cost). */
    private void requireReviewable() {
        if (status == ProposalStatus.WITHDRAWN) {
            throw new IllegalStateException("status");
        }
    }

    public boolean onBallot() {
        return status == ProposalStatus.FEASIBLE;
    }

    /** The cost on the ballot once reviewed, else the author's estimate. */
    public long shownCost() {
        return finalCost != null ? finalCost : cost;
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public Optional<UUID> authorId() {
        return Optional.ofNullable(authorId);
    }

    public String title() {
        return title;
    }

    public RenderedText description() {
        return description;
    }

    public long cost() {
        return cost;
    }

    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    public Optional<String> category() {
        return Optional.ofNullable(category);
    }

    public ProposalStatus status() {
        return status;
    }

    public Optional<Long> finalCost() {
        return Optional.ofNullable(finalCost);
    }

    public Optional<String> explanation() {
        return Optional.ofNullable(explanation);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The id an imported Pabulib file gave the project, if it came from one. */
    public Optional<String> importedId() {
        return Optional.ofNullable(fileProjectId);
    }

    /** The id in the published Pabulib file: the proposal's own id, or the imported file's. */
    public String fileProjectId() {
        return fileProjectId != null ? fileProjectId : String.valueOf(id);
    }
}
