package org.oursociety.budget.result.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.oursociety.budget.ballot.domain.CastBallot;
import org.oursociety.budget.ballot.infrastructure.BallotStore;
import org.oursociety.budget.engine.rules.RuleName;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.proposal.infrastructure.ProposalStore;
import org.oursociety.budget.result.domain.ProjectOutcome;
import org.oursociety.budget.result.domain.RoundResult;
import org.oursociety.budget.result.domain.ShareNote;
import org.oursociety.budget.result.infrastructure.EngineCount;
import org.oursociety.budget.result.infrastructure.ResultStore;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.rest.Refusal;

/**
 * Counting and results. When a round moves to results its ballots are written out as the Pabulib file
 * that is published, and that very text is counted by the engine under the round's rule; the file, its
 * SHA-256 and the outcome are stored together. What-if recounts read the stored file under another
 * rule (kept in memory: a stored file never changes) and never touch the stored result.
 */
@ApplicationScoped
public class ResultService {

    private static final int MAX_CACHED = 200;
    private static final String GREEDY = RuleName.GREEDY.pabulibName();

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    AreaDirectory areas;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, RoundResult> whatIfs = new ConcurrentHashMap<>();
    /** Counts made with the round's own count (greedy), waiting for their first what-if request. */
    private final Map<String, EngineCount.Count> primed = new ConcurrentHashMap<>();
    private ProposalStore proposals;
    private BallotStore ballots;
    private ResultStore results;

    @PostConstruct
    void init() {
        proposals = new ProposalStore(dataSource);
        ballots = new BallotStore(dataSource);
        results = new ResultStore(dataSource);
    }

    /** Counts the round's ballots and stores the outcome; called in the transaction that moves it to results. */
    public void count(Round round) {
        List<Proposal> onBallot = proposals.onBallot(round.id());
        List<CastBallot> cast = new ArrayList<>();
        ballots.each(round.id(), cast::add);
        String unit = areas.current().bySlug(round.areaSlug()).map(a -> a.name()).orElse(round.areaSlug());
        LocalDate end = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate begin = round.dates().voting() != null
                ? LocalDate.ofInstant(round.dates().voting(), ZoneOffset.UTC) : end;
        if (begin.isAfter(end)) {
            begin = end;
        }
        String file = PabulibExport.write(round, unit, onBallot, cast, begin, end);
        store(round.id(), round.rule(), file, onBallot);
    }

    /** Stores the count of a Pabulib text (a round's own, or an imported file) against the round's proposals. */
    public void store(long roundId, String rule, String file, List<Proposal> onBallot) {
        // The results page shows greedy beside the round's rule: count it now from the same reading
        // of the file, rather than reading the stored file again on the first view.
        Map<String, EngineCount.Count> counts = EngineCount.count(file, rule.equals(GREEDY) ? List.of(rule)
                : List.of(rule, GREEDY));
        EngineCount.Count count = counts.get(rule);
        EngineCount.Count greedy = counts.get(GREEDY);
        if (greedy != null && !rule.equals(GREEDY)) {
            primed.put(roundId + "|" + GREEDY, greedy);
        }
        Map<String, Long> proposalByFileId = new LinkedHashMap<>();
        onBallot.forEach(p -> proposalByFileId.put(p.fileProjectId(), p.id()));
        List<ResultStore.StoredProject> stored = new ArrayList<>();
        for (EngineCount.Counted c : count.projects()) {
            stored.add(new ResultStore.StoredProject(proposalByFileId.get(c.fileId()), c.votes(), c.funded(), c.order(),
                    c.explanation()));
        }
        results.save(new ResultStore.Stored(roundId, count.rule(), clock.instant(), count.spent(), count.voters(),
                count.votersWithFunded(), sha256(file), shares(count)), file, stored);
    }

    /**
     * The round's result under its own rule ({@code rule} null or the same), or a what-if recount of the
     * same ballots under {@code rule}. 404 before results; 400 for a rule the engine does not know.
     */
    public RoundResult result(Round round, String rule) {
        ResultStore.Stored stored = results.find(round.id()).orElseThrow(() -> BudgetText.refuse(
                Refusal.Kind.NOT_FOUND, "result.none-yet"));
        Map<Long, Proposal> byId = new LinkedHashMap<>();
        proposals.ofRound(round.id()).forEach(p -> byId.put(p.id(), p));
        if (rule == null || rule.isBlank() || RuleName.parse(rule).map(RuleName::pabulibName)
                .filter(stored.rule()::equals).isPresent()) {
            List<ProjectOutcome> projects = new ArrayList<>();
            List<ProjectOutcome> fundedInOrder = new ArrayList<>();
            for (ResultStore.StoredProject p : results.projects(round.id())) {
                Proposal proposal = byId.get(p.proposalId());
                ProjectOutcome o = new ProjectOutcome(p.proposalId(), proposal.fileProjectId(), proposal.title(),
                        proposal.shownCost(), p.votes(), p.funded(), p.order(), p.explanation());
                projects.add(o);
                if (p.funded()) {
                    fundedInOrder.add(o);
                }
            }
            fundedInOrder.sort(java.util.Comparator.comparing(ProjectOutcome::fundedOrder));
            return new RoundResult(round.id(), stored.rule(), round.budget(), stored.spent(), stored.voters(),
                    stored.votersWithFunded(), fundedInOrder.stream().map(ProjectOutcome::id).toList(), projects,
                    stored.shares(), stored.sha256(), stored.countedAt(), false);
        }
        RuleName name = RuleName.parse(rule).orElseThrow(() -> BudgetText.invalid("rule", "round.rule.unknown",
                RuleName.known()));
        String key = round.id() + "|" + name.pabulibName();
        RoundResult cached = whatIfs.get(key);
        if (cached != null) {
            return cached;
        }
        EngineCount.Count count = primed.remove(key);
        if (count == null) {
            count = EngineCount.count(results.pabulib(round.id()).orElseThrow(), name.pabulibName());
        }
        Map<String, Proposal> byFileId = new LinkedHashMap<>();
        byId.values().forEach(p -> byFileId.put(p.fileProjectId(), p));
        List<ProjectOutcome> projects = new ArrayList<>();
        for (EngineCount.Counted c : count.projects()) {
            Proposal p = byFileId.get(c.fileId());
            projects.add(new ProjectOutcome(p.id(), c.fileId(), p.title(), c.cost(), c.votes(), c.funded(), c.order(),
                    c.explanation()));
        }
        projects.sort(java.util.Comparator.comparing(ProjectOutcome::id));
        RoundResult whatIf = new RoundResult(round.id(), count.rule(), round.budget(), count.spent(), count.voters(),
                count.votersWithFunded(), count.fundedInOrder().stream().map(id -> byFileId.get(id).id()).toList(),
                projects, shares(count), stored.sha256(), stored.countedAt(), true);
        if (whatIfs.size() >= MAX_CACHED) {
            whatIfs.clear();
            primed.clear();
        }
        whatIfs.put(key, whatIf);
        return whatIf;
    }

    private static ShareNote shares(EngineCount.Count count) {
        return count.shares() == null ? null : new ShareNote(count.shares().startingShare(),
                count.shares().perVoterShare(), count.shares().nextRunCost());
    }

    /** Project titles by their id in the published file, to name the projects an explanation mentions. */
    public Map<String, String> titles(long roundId) {
        Map<String, String> titles = new LinkedHashMap<>();
        proposals.ofRound(roundId).forEach(p -> titles.put(p.fileProjectId(), p.title()));
        return titles;
    }

    public Optional<String> pabulib(long roundId) {
        return results.pabulib(roundId);
    }

    public Optional<ResultStore.Stored> stored(long roundId) {
        return results.find(roundId);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

}
