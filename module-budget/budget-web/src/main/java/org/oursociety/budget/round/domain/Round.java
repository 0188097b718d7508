package org.oursociety.budget.round.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.oursociety.portal.api.text.RenderedText;

/**
 * A participatory budget round in one area: how much money, how it is counted, how people vote, and
 * where it stands. Its phase only moves forward, one step at a time ({@link #advanceTo}).
 */
public final class Round {

    /** Whole pounds; a council's yearly budget fits easily. */
    public static final long MAX_BUDGET = 1_000_000_000_000L;
    public static final String DEFAULT_RULE = "equalshares/add1";

    private final Long id;
    private final String areaSlug;
    private final Long parentId;
    private final String title;
    private final RenderedText description;
    private final long budget;
    private final String rule;
    private final BallotRules ballot;
    private Phase phase;
    private final PhaseDates dates;
    private Instant phaseChangedAt;
    private final boolean imported;

    public Round(Long id, String areaSlug, Long parentId, String title, RenderedText description, long budget,
                 String rule, BallotRules ballot, Phase phase, PhaseDates dates, Instant phaseChangedAt,
                 boolean imported) {
        this.id = id;
        this.areaSlug = Objects.requireNonNull(areaSlug);
        this.parentId = parentId;
        this.title = Objects.requireNonNull(title);
        this.description = Objects.requireNonNull(description);
        if (budget <= 0 || budget > MAX_BUDGET) {
            throw new IllegalArgumentException("budget");
        }
        this.budget = budget;
        this.rule = Objects.requireNonNull(rule);
        this.ballot = Objects.requireNonNull(ballot);
        this.phase = Objects.requireNonNull(phase);
        this.dates = dates == null ? PhaseDates.NONE : dates;
        this.phaseChangedAt = Objects.requireNonNull(phaseChangedAt);
        this.imported = imported;
    }

    /**
     * Moves to {@code target}, which must be the next phase.
     *
     * @throws PhaseRefused for a step backwards, a skipped phase or the current one again
     */
    public void advanceTo(Phase target, Instant now) {
        if (phase.next().filter(target::equals).isEmpty()) {
            throw new PhaseRefused(phase, target);
        }
        phase = target;
        phaseChangedAt = now;
    }

    /** The phase the dates say the round should be in by {@code now}, if that is the next one. */
    public Optional<Phase> dueByDate(Instant now) {
        return phase.next().filter(next -> dates.startOf(next).map(at -> !at.isAfter(now)).orElse(false));
    }

    public boolean acceptsProposals() {
        return phase == Phase.PROPOSALS;
    }

    public boolean acceptsBallots() {
        return phase == Phase.VOTING;
    }

    public boolean hasResults() {
        return phase == Phase.RESULTS || phase == Phase.DELIVERY;
    }

    public Long id() {
        return id;
    }

    public String areaSlug() {
        return areaSlug;
    }

    public Optional<Long> parentId() {
        return Optional.ofNullable(parentId);
    }

    public String title() {
        return title;
    }

    public RenderedText description() {
        return description;
    }

    public long budget() {
        return budget;
    }

    public String rule() {
        return rule;
    }

    public BallotRules ballot() {
        return ballot;
    }

    public Phase phase() {
        return phase;
    }

    public PhaseDates dates() {
        return dates;
    }

    public Instant phaseChangedAt() {
        return phaseChangedAt;
    }

    public boolean imported() {
        return imported;
    }

    /** When the current phase ends by date, if a date is set for the next one. */
    public Optional<Instant> currentPhaseEnds() {
        return phase.next().flatMap(dates::startOf);
    }
}
