package org.oursociety.budget.ballot.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.budget.ballot.domain.BallotCheck;
import org.oursociety.budget.ballot.domain.BallotChoice;
import org.oursociety.budget.ballot.domain.BallotProblem;
import org.oursociety.budget.ballot.domain.CastBallot;
import org.oursociety.budget.ballot.domain.Channel;
import org.oursociety.budget.ballot.infrastructure.BallotStore;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.proposal.infrastructure.ProposalStore;
import org.oursociety.budget.round.domain.BallotKind;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.budget.round.infrastructure.RoundStore;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.PaperVoters;
import org.oursociety.portal.api.area.Residence;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.mail.MailQueue;
import org.oursociety.portal.api.mail.ModuleMail;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;

/**
 * Ballots: verified residents of the round's area vote while it is in voting, as often as they like
 * (the last ballot counts, the receipt stays the same); staff with {@code budget.enter-paper} enter
 * paper ballots. The database holds one ballot per person and round, and a ballot never replaces one
 * that came by the other channel.
 */
@ApplicationScoped
public class BallotService {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    Residence residence;

    @Inject
    AreaAccess access;

    @Inject
    AreaDirectory areas;

    @Inject
    PaperVoters paperVoters;

    @Inject
    MailQueue mail;

    @Inject
    AuditTrail audit;

    /** Changes closer together than this to the ballot they replace are not mailed again. */
    static final java.time.Duration CHANGES_MAILED_APART = java.time.Duration.ofMinutes(10);

    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Map<Long, Long>> ballotCosts = new java.util.concurrent.ConcurrentHashMap<>();
    private RoundStore rounds;
    private ProposalStore proposals;
    private BallotStore ballots;

    @PostConstruct
    void init() {
        rounds = new RoundStore(dataSource);
        proposals = new ProposalStore(dataSource);
        ballots = new BallotStore(dataSource);
    }

    /** Casts or replaces the caller's ballot; returns the receipt. */
    @Transactional
    public String cast(PortalUser user, long roundId, BallotRequest request) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        RoundStore.ForBallot locked = rounds.shareForBallot(roundId).orElseThrow(Refusal::notFound);
        Round round = locked.round();
        if (!residence.isVerifiedResident(user, round.areaSlug())) {
            throw BudgetText.refuse(Refusal.Kind.FORBIDDEN, "ballot.not-resident");
        }
        if (!round.acceptsBallots()) {
            throw BudgetText.refuse(Refusal.Kind.CONFLICT, "ballot.not-voting");
        }
        BallotChoice choice = checked(round, request);
        if (locked.paperBallots()) {
            for (UUID codeKey : paperVoters.codeKeysOf(user.id())) {
                if (ballots.of(roundId, codeKey).isPresent()) {
                    throw BudgetText.refuse(Refusal.Kind.CONFLICT, "ballot.paper-already");
                }
            }
        }
        BallotStore.Cast cast = ballots.castReplacing(roundId, user.id(), BudgetText.newVoterId(random), Channel.ONLINE,
                choice, clock.instant(), null).orElseThrow(() -> BudgetText.refuse(Refusal.Kind.CONFLICT,
                rounds.find(roundId).filter(Round::acceptsBallots).isPresent() ? "ballot.paper-already"
                        : "ballot.not-voting"));
        if (worthAMail(cast)) {
            confirm(user.id(), round, cast.receipt(), cast.replaced());
        }
        return cast.receipt();
    }

    public Optional<CastBallot> mine(PortalUser user, long roundId) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        rounds.find(roundId).orElseThrow(Refusal::notFound);
        return ballots.of(roundId, user.id());
    }

    /**
     * Enters a paper ballot for a resident found by voting code or by name and postcode; 409 when that
     * person has already voted (online or on paper).
     */
    @Transactional
    public String enterPaper(PortalUser staff, long roundId, String code, String name, String postcode,
                             BallotRequest request) {
        if (staff == null) {
            throw Refusal.signInFirst();
        }
        Round round = rounds.share(roundId).orElseThrow(Refusal::notFound);
        if (!access.can(staff, BudgetText.ENTER_PAPER, round.areaSlug())) {
            throw Refusal.notAllowed();
        }
        if (!round.acceptsBallots()) {
            throw BudgetText.refuse(Refusal.Kind.CONFLICT, "ballot.not-voting");
        }
        List<String> slugs = BudgetText.areaAndBelow(areas.current(), round.areaSlug());
        UUID voter;
        if (code != null && !code.isBlank()) {
            voter = paperVoters.byCode(code, slugs).map(PaperVoters.Voter::key)
                    .orElseThrow(() -> BudgetText.invalid("code", "paper.code.unknown"));
        } else {
            Map<String, Message> errors = new LinkedHashMap<>();
            if (name == null || name.isBlank()) {
                errors.put("name", BudgetText.message("paper.name.required"));
            }
            if (postcode == null || postcode.isBlank()) {
                errors.put("postcode", BudgetText.message("paper.postcode.required"));
            }
            if (!errors.isEmpty()) {
                throw Refusal.invalid(errors);
            }
            List<UUID> found = paperVoters.byNameAndPostcode(name, postcode, slugs);
            if (found.size() != 1) {
                throw BudgetText.invalid("name", found.isEmpty() ? "paper.person.unknown" : "paper.person.ambiguous");
            }
            voter = found.get(0);
        }
        BallotChoice choice = checked(round, request);
        String receipt = ballots.cast(roundId, voter, BudgetText.newVoterId(random), Channel.PAPER, choice,
                clock.instant(), staff.id()).orElseThrow(() -> BudgetText.refuse(Refusal.Kind.CONFLICT,
                "paper.already-voted"));
        audit.record(AuditEvent.of("budget.paper-ballot", "round", String.valueOf(roundId), round.title())
                .inArea(round.areaSlug()));
        return receipt;
    }

    /** {online, paper} ballots so far. */
    public long[] tally(long roundId) {
        return ballots.tally(roundId);
    }

    /** The ballot as the round's kind reads it, checked against the feasible projects; 400 saying why. */
    public BallotChoice checked(Round round, BallotRequest request) {
        if (request == null) {
            throw BudgetText.invalid(round.ballot().kind() == BallotKind.CUMULATIVE ? "points"
                    : round.ballot().kind() == BallotKind.RANKED ? "ranking" : "projects", "ballot.empty");
        }
        BallotChoice choice;
        switch (round.ballot().kind()) {
            case CUMULATIVE -> {
                List<Long> ids = new ArrayList<>();
                List<Integer> points = new ArrayList<>();
                if (request.points() != null) {
                    for (var e : request.points().entrySet()) {
                        try {
                            ids.add(Long.parseLong(e.getKey().strip()));
                        } catch (NumberFormatException ex) {
                            throw BudgetText.invalid("points", "ballot.unknown-project", e.getKey());
                        }
                        points.add(e.getValue());
                    }
                }
                // Points of zero mean "none": leave those projects out rather than refuse.
                for (int i = ids.size() - 1; i >= 0; i--) {
                    if (points.get(i) != null && points.get(i) == 0) {
                        ids.remove(i);
                        points.remove(i);
                    }
                }
                choice = new BallotChoice(ids, points);
            }
            case RANKED -> choice = BallotChoice.of(request.ranking() == null ? List.of() : request.ranking());
            default -> choice = BallotChoice.of(request.projects() == null ? List.of() : request.projects());
        }
        Map<Long, Long> costs = costsOnBallot(round);
        Optional<BallotProblem> problem = BallotCheck.problem(round.ballot(), choice, costs, round.budget());
        if (problem.isPresent()) {
            BallotProblem bp = problem.get();
            throw BudgetText.invalid(bp.field(), bp.key(), bp.args());
        }
        return choice;
    }

    /**
     * The projects on the ballot and their costs. While a round is in voting they cannot change (reviews
     * happen in review), so they are kept in memory for its ballots; other phases read them afresh.
     */
    private Map<Long, Long> costsOnBallot(Round round) {
        if (round.acceptsBallots()) {
            Map<Long, Long> known = ballotCosts.get(round.id());
            if (known != null) {
                return known;
            }
        }
        Map<Long, Long> costs = new LinkedHashMap<>();
        for (Proposal p : proposals.onBallot(round.id())) {
            costs.put(p.id(), p.shownCost());
        }
        if (round.acceptsBallots()) {
            if (ballotCosts.size() > 1000) {
                ballotCosts.clear();
            }
            ballotCosts.put(round.id(), Map.copyOf(costs));
        }
        return costs;
    }

    /**
     * The first ballot always gets its receipt mail; a change gets a mail (so a resident learns if
     * someone else changed their ballot) unless the ballot it replaced was itself cast within the last
     * {@link #CHANGES_MAILED_APART}: someone trying options in a row gets one mail, not one per click.
     */
    private boolean worthAMail(BallotStore.Cast cast) {
        return !cast.replaced() || cast.previousCastAt() == null
                || cast.previousCastAt().isBefore(clock.instant().minus(CHANGES_MAILED_APART));
    }

    private void confirm(UUID userId, Round round, String receipt, boolean changed) {
        mail.recipient(userId).ifPresent(r -> {
            ResourceBundle words = ResourceBundle.getBundle(BudgetText.BUNDLE, r.language());
            String link = mail.link("/budget/" + round.areaSlug() + "/round.xhtml?id=" + round.id());
            String subject = MessageFormat.format(words.getString(changed ? "mail.ballot.changed.subject"
                    : "mail.ballot.subject"), round.title());
            String body = MessageFormat.format(words.getString("mail.ballot.body"), r.displayName(), round.title(),
                    receipt, link);
            mail.queue(ModuleMail.text(r.email(), subject, body, "budget-ballot"));
        });
    }

}
