package org.oursociety.budget.result.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.oursociety.budget.engine.BudgetEngine;
import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.election.Project;
import org.oursociety.budget.engine.pabulib.DocumentReader;
import org.oursociety.budget.engine.pabulib.PbFormatException;
import org.oursociety.budget.engine.pabulib.PbWriter;
import org.oursociety.budget.engine.pabulib.Validator;
import org.oursociety.budget.engine.rules.Rule;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.proposal.domain.ProposalStatus;
import org.oursociety.budget.proposal.infrastructure.ProposalStore;
import org.oursociety.budget.round.domain.BallotKind;
import org.oursociety.budget.round.domain.BallotRules;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.PhaseDates;
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
 * Creates a finished round from a Pabulib file (a past round, or one run elsewhere): the projects become
 * feasible proposals keeping their ids from the file, and the file, written out strictly, is counted and
 * published exactly as the round's own would be. A file that cannot be counted is refused with the line
 * where it goes wrong; every other problem Pabulib's rules find is reported by line with the new round.
 */
@ApplicationScoped
public class ImportService {

    /** A problem in the file and its line. */
    public record Problem(int line, String message) {
    }

    /** The imported round and what was wrong in the file, by line. */
    public record Imported(Round round, List<Problem> problems) {
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    AreaAccess access;

    @Inject
    AreaDirectory areas;

    @Inject
    ResultService results;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();
    private final UserText userText = new UserText();
    private RoundStore rounds;
    private ProposalStore proposals;

    @PostConstruct
    void init() {
        rounds = new RoundStore(dataSource);
        proposals = new ProposalStore(dataSource);
    }

    /**
     * @param title a title, or null for the file's META description
     * @param rule  a rule, or null for the one the file declares (else {@code equalshares/add1})
     */
    @Transactional
    public Imported importRound(PortalUser user, String areaSlug, String title, String rule, String file) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        if (areas.current().bySlug(areaSlug).isEmpty()) {
            throw Refusal.notFound();
        }
        if (!access.can(user, BudgetText.MANAGE, areaSlug)) {
            throw Refusal.notAllowed();
        }
        if (file == null || file.isBlank()) {
            throw BudgetText.invalid("file", "import.empty");
        }
        Election election;
        String strict;
        List<Problem> problems = new ArrayList<>();
        try {
            election = BudgetEngine.read(new StringReader(file));
            strict = PbWriter.toString(DocumentReader.read(new StringReader(file)));
            Validator.validate(new StringReader(file)).forEach(p -> problems.add(new Problem(p.line(), p.message())));
        } catch (PbFormatException e) {
            throw Refusal.invalid(Map.of("line " + e.line(), new Message(BudgetText.BUNDLE, "import.problem", e.line(),
                    e.problem())));
        }
        election.warnings().forEach(w -> problems.add(new Problem(w.line(), w.message())));
        problems.sort(Comparator.comparingInt(Problem::line));
        String chosenRule = rule != null && !rule.isBlank() ? rule.strip() : election.declaredRule();
        if (Rule.named(chosenRule).isEmpty()) {
            if (rule != null && !rule.isBlank()) {
                throw BudgetText.invalid("rule", "round.rule.unknown", org.oursociety.budget.engine.rules.RuleName.known());
            }
            chosenRule = Round.DEFAULT_RULE;
        }
        String name = title != null && !title.isBlank() ? title.strip()
                : election.meta("description").or(() -> election.meta("unit")).orElse("Imported round");
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        if (name.length() < 3) {
            name = name + " (imported)";
        }
        Instant now = clock.instant();
        long budget = pounds(BigDecimal.valueOf(election.budget(), election.moneyScale()));
        Round round = new Round(null, areaSlug, null, name, userText.render(""), Math.max(1, budget), chosenRule,
                BallotRules.of(kind(election), null, null, election.voteType().usesPoints()
                        ? (int) Math.min(1000, Math.max(1, election.metaLong("max_sum_points").orElse(1000))) : null),
                Phase.RESULTS, PhaseDates.NONE, now, true);
        long id = rounds.insert(round, user.id(), now);
        List<Proposal> onBallot = new ArrayList<>();
        for (Project p : election.projects()) {
            long cost = Math.max(1, pounds(BigDecimal.valueOf(p.cost(), election.moneyScale())));
            String projectName = p.name() == null || p.name().isBlank() ? "Project " + p.id() : p.name();
            Proposal proposal = new Proposal(null, id, null, projectName.length() > 200 ? projectName.substring(0, 200)
                    : projectName.length() < 3 ? projectName + " project" : projectName, userText.render(""), cost, null,
                    null, ProposalStatus.FEASIBLE, cost, null, now, now, p.id());
            long pid = proposals.insert(proposal);
            onBallot.add(proposals.find(pid).orElseThrow());
        }
        results.store(id, chosenRule, strict, onBallot);
        audit.record(AuditEvent.of("budget.round-imported", "round", String.valueOf(id), name).inArea(areaSlug)
                .with("projects", String.valueOf(onBallot.size())).with("voters", String.valueOf(election.voters())));
        return new Imported(rounds.find(id).orElseThrow(), problems);
    }

    private static BallotKind kind(Election e) {
        return switch (e.voteType()) {
            case CUMULATIVE, SCORING -> BallotKind.CUMULATIVE;
            case ORDINAL -> BallotKind.RANKED;
            default -> e.meta("max_sum_cost").isPresent() ? BallotKind.KNAPSACK : BallotKind.APPROVAL;
        };
    }

    private static long pounds(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).longValue();
    }
}
