package org.oursociety.budget.round.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.oursociety.budget.engine.rules.RuleName;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.proposal.infrastructure.ProposalStore;
import org.oursociety.budget.result.application.ResultService;
import org.oursociety.budget.round.domain.BallotKind;
import org.oursociety.budget.round.domain.BallotRules;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.PhaseDates;
import org.oursociety.budget.round.domain.PhaseRefused;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.budget.round.infrastructure.RoundStore;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.text.UserText;

/**
 * Rounds: created by managers ({@code budget.manage} in the area), moved forward one phase at a time by
 * a manager or by their dates. Moving to results counts the ballots ({@link ResultService}) in the same
 * transaction, under the round's row lock, which every ballot also takes (shared): no ballot slips in
 * after the count.
 */
@ApplicationScoped
public class RoundService {

    private static final Logger LOG = Logger.getLogger(RoundService.class.getName());
    private static final int MAX_DESCRIPTION = 20_000;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    AreaAccess access;

    @Inject
    AreaDirectory areas;

    @Inject
    AuditTrail audit;

    @Inject
    ResultService results;

    /** This bean through its proxy, so that {@link #advanceByDate} runs in a transaction of its own. */
    @Inject
    RoundService self;

    private final Clock clock = Clock.systemUTC();
    private final UserText userText = new UserText();
    private RoundStore rounds;
    private ProposalStore proposals;

    @PostConstruct
    void init() {
        rounds = new RoundStore(dataSource);
        proposals = new ProposalStore(dataSource);
    }

    @Transactional
    public Round create(PortalUser user, String areaSlug, NewRound form) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        if (areas.current().bySlug(areaSlug).isEmpty()) {
            throw Refusal.notFound();
        }
        if (!access.can(user, BudgetText.MANAGE, areaSlug)) {
            throw Refusal.notAllowed();
        }
        Round round = checked(areaSlug, null, form);
        long id = rounds.insert(round, user.id(), clock.instant());
        audit.record(AuditEvent.of("budget.round-created", "round", String.valueOf(id), round.title())
                .inArea(areaSlug).with("budget", String.valueOf(round.budget())).with("rule", round.rule()));
        return rounds.find(id).orElseThrow();
    }

    /**
     * Splits a draft round into one round per sub-area directly below its area, each with its own
     * ballot and result, dividing the budget as given (sub-area slug to whole pounds).
     */
    @Transactional
    public List<Round> split(PortalUser user, long roundId, Map<String, Long> budgets) {
        Round parent = managed(user, roundId, true);
        if (parent.phase() != Phase.DRAFT) {
            throw BudgetText.refuse(Refusal.Kind.CONFLICT, "round.split.not-draft");
        }
        // The round's row is locked, so of two splits sent at once the second sees the first one's rounds.
        if (!rounds.children(parent.id()).isEmpty()) {
            throw BudgetText.refuse(Refusal.Kind.CONFLICT, "round.split.already");
        }
        var map = areas.current();
        String parentAreaId = map.bySlug(parent.areaSlug()).orElseThrow().id();
        Map<String, Message> errors = new LinkedHashMap<>();
        budgets.forEach((slug, amount) -> {
            var sub = map.bySlug(slug);
            if (sub.isEmpty() || !parentAreaId.equals(sub.get().parentId())) {
                errors.put(slug, BudgetText.message("round.split.not-sub-area"));
            } else if (amount == null || amount <= 0) {
                errors.put(slug, BudgetText.message("round.budget.positive"));
            }
        });
        if (budgets.isEmpty()) {
            errors.put("budgets", BudgetText.message("round.split.none"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        Instant now = clock.instant();
        for (var entry : budgets.entrySet()) {
            Round part = new Round(null, entry.getKey(), parent.id(), parent.title(), parent.description(),
                    entry.getValue(), parent.rule(), parent.ballot(), Phase.DRAFT, parent.dates(), now, false);
            rounds.insert(part, user.id(), now);
        }
        return rounds.children(parent.id());
    }

    /**
     * Sets when each phase still to come starts ({@code null}: the manager moves it by hand). The start of
     * a phase the round has reached is history and stays; a start still to come must be in the future
     * (else the round would move within the minute, which the move button does more plainly) and the
     * starts must be in order. All problems at once, each at its phase.
     */
    @Transactional
    public Round reschedule(PortalUser user, long roundId, Map<Phase, Instant> wanted) {
        Round round = managed(user, roundId, true);
        Instant now = clock.instant();
        Map<String, Message> errors = new LinkedHashMap<>();
        Instant[] starts = new Instant[4];
        Phase[] phases = {Phase.PROPOSALS, Phase.REVIEW, Phase.VOTING, Phase.RESULTS};
        for (int i = 0; i < phases.length; i++) {
            boolean reached = round.phase().compareTo(phases[i]) >= 0;
            starts[i] = reached ? round.dates().startOf(phases[i]).orElse(null) : wanted.get(phases[i]);
            if (!reached && starts[i] != null && !starts[i].isAfter(now)) {
                errors.put(phases[i].id(), BudgetText.message("round.dates.past"));
            }
        }
        for (int i = 1; i < phases.length && errors.isEmpty(); i++) {
            for (int j = 0; j < i; j++) {
                if (starts[i] != null && starts[j] != null && !starts[i].isAfter(starts[j])) {
                    errors.put(phases[i].id(), BudgetText.message("round.dates.after",
                            BudgetText.message("phase." + phases[j].id())));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        PhaseDates dates = new PhaseDates(starts[0], starts[1], starts[2], starts[3]);
        rounds.saveDates(roundId, dates);
        audit.record(AuditEvent.of("budget.round-rescheduled", "round", String.valueOf(roundId), round.title())
                .inArea(round.areaSlug()));
        return rounds.find(roundId).orElseThrow();
    }

    /** The rounds a round was split into that the reader may see (drafts only for managers). */
    public List<Round> parts(PortalUser reader, long roundId) {
        return rounds.children(roundId).stream().filter(r -> r.phase() != Phase.DRAFT || canManage(reader, r)).toList();
    }

    /** The rounds of an area a reader may see: drafts only for managers. */
    public List<Round> inArea(PortalUser reader, String areaSlug) {
        boolean manager = reader != null && access.can(reader, BudgetText.MANAGE, areaSlug);
        return rounds.inArea(areaSlug).stream().filter(r -> manager || r.phase() != Phase.DRAFT).toList();
    }

    /** A round the reader may see (drafts only for managers), else 404. */
    public Round visible(PortalUser reader, long id) {
        Round round = rounds.find(id).orElseThrow(Refusal::notFound);
        if (round.phase() == Phase.DRAFT && !canManage(reader, round)) {
            throw Refusal.notFound();
        }
        return round;
    }

    public Optional<Round> find(long id) {
        return rounds.find(id);
    }

    public boolean canManage(PortalUser user, Round round) {
        return user != null && access.can(user, BudgetText.MANAGE, round.areaSlug());
    }

    /**
     * Moves the round to {@code target}, the next phase (409 otherwise). Moving to voting needs a
     * project on the ballot; moving to results counts.
     */
    @Transactional
    public Round advance(PortalUser user, long roundId, Phase target) {
        managed(user, roundId, false);
        Round round = rounds.lock(roundId).orElseThrow(Refusal::notFound);
        move(round, target);
        audit.record(AuditEvent.of("budget.phase-changed", "round", String.valueOf(roundId), round.title())
                .inArea(round.areaSlug()).with("phase", target.id()));
        return round;
    }

    /** Moves every round whose next phase's date has come; run by the timer through {@code ClusterOnce}. */
    public void advanceDueRounds() {
        for (long id : rounds.dueByDate(clock.instant())) {
            try {
                self.advanceByDate(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Round {0} could not move on by date: {1}", new Object[]{id, e.getMessage()});
            }
        }
    }

    @Transactional
    public void advanceByDate(long id) {
        Round round = rounds.lock(id).orElseThrow();
        Optional<Phase> due = round.dueByDate(clock.instant());
        if (due.isEmpty()) {
            return; // moved by a manager in the meantime
        }
        move(round, due.get());
        audit.recordBySystem(AuditEvent.of("budget.phase-changed", "round", String.valueOf(id), round.title())
                .inArea(round.areaSlug()).with("phase", due.get().id()).because("date"));
    }

    private void move(Round round, Phase target) {
        try {
            round.advanceTo(target, clock.instant());
        } catch (PhaseRefused e) {
            throw BudgetText.refuse(Refusal.Kind.CONFLICT, "round.phase.order", e.from().id(), e.to().id());
        }
        if (target == Phase.VOTING && proposals.onBallot(round.id()).isEmpty()) {
            throw BudgetText.refuse(Refusal.Kind.CONFLICT, "round.phase.no-projects");
        }
        rounds.savePhase(round);
        if (target == Phase.RESULTS) {
            results.count(round);
        }
    }

    private Round managed(PortalUser user, long roundId, boolean lock) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        Round round = (lock ? rounds.lock(roundId) : rounds.find(roundId)).orElseThrow(Refusal::notFound);
        if (!canManage(user, round)) {
            if (round.phase() == Phase.DRAFT) {
                throw Refusal.notFound();
            }
            throw Refusal.notAllowed();
        }
        return round;
    }

    /** Every field checked before anything is written; all problems at once, each at its field. */
    Round checked(String areaSlug, Long parentId, NewRound form) {
        Map<String, Message> errors = new LinkedHashMap<>();
        String title = form.title() == null ? "" : form.title().strip();
        if (title.length() < 3 || title.length() > 200) {
            errors.put("title", BudgetText.message("round.title.length", 3, 200));
        }
        String description = form.description() == null ? "" : form.description();
        if (description.length() > MAX_DESCRIPTION) {
            errors.put("description", BudgetText.message("round.description.length", MAX_DESCRIPTION));
        }
        if (form.budget() == null || form.budget() <= 0 || form.budget() > Round.MAX_BUDGET) {
            errors.put("budget", BudgetText.message("round.budget.positive"));
        }
        String rule = form.rule() == null || form.rule().isBlank() ? Round.DEFAULT_RULE : form.rule().strip();
        Optional<RuleName> ruleName = RuleName.parse(rule);
        if (ruleName.isEmpty()) {
            errors.put("rule", BudgetText.message("round.rule.unknown", RuleName.known()));
        }
        Optional<BallotKind> kind = BallotKind.byId(form.ballotKind() == null ? "approval" : form.ballotKind());
        BallotRules ballot = null;
        if (kind.isEmpty()) {
            errors.put("ballot.kind", BudgetText.message("round.ballot.kind"));
        } else {
            try {
                ballot = BallotRules.of(kind.get(), form.min(), form.max(), form.points());
            } catch (IllegalArgumentException e) {
                errors.put("ballot." + e.getMessage(), BudgetText.message("round.ballot." + e.getMessage()));
            }
        }
        PhaseDates dates = null;
        try {
            dates = new PhaseDates(form.proposalsAt(), form.reviewAt(), form.votingAt(), form.resultsAt());
        } catch (IllegalArgumentException e) {
            errors.put("dates", BudgetText.message("round.dates.order"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return new Round(null, areaSlug, parentId, title, userText.render(description), form.budget(),
                ruleName.get().pabulibName(), ballot, Phase.DRAFT, dates, clock.instant(), false);
    }
}
