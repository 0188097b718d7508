package org.oursociety.budget.proposal.application;

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
import java.util.ResourceBundle;
import javax.sql.DataSource;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.proposal.domain.ProposalStatus;
import org.oursociety.budget.proposal.infrastructure.ProposalStore;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.budget.round.infrastructure.RoundStore;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.mail.MailQueue;
import org.oursociety.portal.api.mail.ModuleMail;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.text.UserText;

/**
 * Proposals: confirmed members submit them while proposals are open and edit or withdraw their own
 * until review; in review, managers decide each one and its author is mailed the decision.
 */
@ApplicationScoped
public class ProposalService {

    private static final int MAX_DESCRIPTION = 10_000;
    private static final int MAX_SHORT = 120;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    AreaAccess access;

    @Inject
    MailQueue mail;

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

    @Transactional
    public Proposal submit(PortalUser user, long roundId, ProposalForm form) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        Round round = rounds.share(roundId).orElseThrow(Refusal::notFound);
        if (round.phase() == Phase.DRAFT && !access.can(user, BudgetText.MANAGE, round.areaSlug())) {
            throw Refusal.notFound();
        }
        if (!user.confirmed()) {
            throw BudgetText.refuse(Refusal.Kind.FORBIDDEN, "proposal.confirm-first");
        }
        if (!round.acceptsProposals()) {
            throw BudgetText.refuse(Refusal.Kind.CONFLICT, "proposal.closed");
        }
        checkForm(form, round);
        Instant now = clock.instant();
        Proposal p = new Proposal(null, roundId, user.id(), form.title().strip(), userText.render(form.description()),
                form.cost(), blankToNull(form.place()), blankToNull(form.category()), ProposalStatus.SUBMITTED, null,
                null, now, now, null);
        long id = proposals.insert(p);
        return proposals.find(id).orElseThrow();
    }

    @Transactional
    public Proposal edit(PortalUser user, long proposalId, ProposalForm form) {
        Proposal p = ownEditable(user, proposalId);
        Round round = rounds.find(p.roundId()).orElseThrow();
        checkForm(form, round);
        p.edit(form.title().strip(), userText.render(form.description()), form.cost(), blankToNull(form.place()),
                blankToNull(form.category()), clock.instant());
        proposals.save(p);
        return p;
    }

    @Transactional
    public Proposal withdraw(PortalUser user, long proposalId) {
        Proposal p = ownEditable(user, proposalId);
        p.withdraw(clock.instant());
        proposals.save(p);
        return p;
    }

    /**
     * A manager's decision in review: feasible at {@code cost}, or not feasible with an explanation.
     * The author is mailed the decision in their language.
     */
    @Transactional
    public Proposal review(PortalUser user, long proposalId, Boolean feasible, Long cost, String explanation) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        Proposal p = proposals.lock(proposalId).orElseThrow(Refusal::notFound);
        Round round = rounds.share(p.roundId()).orElseThrow();
        if (!access.can(user, BudgetText.MANAGE, round.areaSlug())) {
            throw Refusal.notAllowed();
        }
        if (round.phase() != Phase.REVIEW) {
            throw BudgetText.refuse(Refusal.Kind.CONFLICT, "proposal.review.phase");
        }
        if (p.status() == ProposalStatus.WITHDRAWN) {
            throw BudgetText.refuse(Refusal.Kind.CONFLICT, "proposal.withdrawn");
        }
        if (feasible == null) {
            throw BudgetText.invalid("feasible", "proposal.review.feasible");
        }
        Instant now = clock.instant();
        if (feasible) {
            long finalCost = cost == null ? p.cost() : cost;
            if (finalCost <= 0 || finalCost > round.budget()) {
                throw BudgetText.invalid("cost", "proposal.cost.range", round.budget());
            }
            p.findFeasible(finalCost, now);
        } else {
            if (explanation == null || explanation.isBlank()) {
                throw BudgetText.invalid("explanation", "proposal.review.explanation");
            }
            if (explanation.length() > MAX_DESCRIPTION) {
                throw BudgetText.invalid("explanation", "proposal.description.length", MAX_DESCRIPTION);
            }
            p.findUnfeasible(explanation, now);
        }
        proposals.review(p, user.id());
        audit.record(AuditEvent.of("budget.proposal-reviewed", "proposal", String.valueOf(p.id()), p.title())
                .inArea(round.areaSlug()).with("feasible", String.valueOf(feasible)));
        mailAuthor(p, round);
        return p;
    }

    /** The round's proposals as a reader may see them: withdrawn ones only for their authors and managers. */
    public List<Proposal> ofRound(PortalUser reader, Round round) {
        boolean manager = reader != null && access.can(reader, BudgetText.MANAGE, round.areaSlug());
        return proposals.ofRound(round.id()).stream()
                .filter(p -> manager || p.status() != ProposalStatus.WITHDRAWN
                        || (reader != null && p.authorId().filter(reader.id()::equals).isPresent()))
                .toList();
    }

    public java.util.Optional<Proposal> find(long id) {
        return proposals.find(id);
    }

    public List<Proposal> onBallot(long roundId) {
        return proposals.onBallot(roundId);
    }

    private void mailAuthor(Proposal p, Round round) {
        p.authorId().flatMap(mail::recipient).ifPresent(r -> {
            ResourceBundle words = ResourceBundle.getBundle(BudgetText.BUNDLE, r.language());
            String link = mail.link("/budget/" + round.areaSlug() + "/proposal.xhtml?id=" + p.id());
            String subject = java.text.MessageFormat.format(words.getString("mail.review.subject"), p.title());
            String decision = p.onBallot()
                    ? java.text.MessageFormat.format(words.getString("mail.review.feasible"), p.shownCost())
                    : java.text.MessageFormat.format(words.getString("mail.review.unfeasible"),
                            p.explanation().orElse(""));
            String body = java.text.MessageFormat.format(words.getString("mail.review.body"), r.displayName(),
                    p.title(), round.title(), decision, link);
            mail.queue(ModuleMail.text(r.email(), subject, body, "budget-review"));
        });
    }

    private Proposal ownEditable(PortalUser user, long proposalId) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        Proposal p = proposals.lock(proposalId).orElseThrow(Refusal::notFound);
        if (p.authorId().filter(user.id()::equals).isEmpty()) {
            throw Refusal.notAllowed();
        }
        Round round = rounds.share(p.roundId()).orElseThrow();
        if (!round.acceptsProposals() || p.status() != ProposalStatus.SUBMITTED) {
            throw BudgetText.refuse(Refusal.Kind.CONFLICT, "proposal.locked");
        }
        return p;
    }

    private void checkForm(ProposalForm form, Round round) {
        Map<String, Message> errors = new LinkedHashMap<>();
        String title = form.title() == null ? "" : form.title().strip();
        if (title.length() < 3 || title.length() > 200) {
            errors.put("title", BudgetText.message("proposal.title.length", 3, 200));
        }
        String description = form.description() == null ? "" : form.description();
        if (description.isBlank()) {
            errors.put("description", BudgetText.message("proposal.description.required"));
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.put("description", BudgetText.message("proposal.description.length", MAX_DESCRIPTION));
        }
        if (form.cost() == null || form.cost() <= 0 || form.cost() > round.budget()) {
            errors.put("cost", BudgetText.message("proposal.cost.range", round.budget()));
        }
        if (form.place() != null && form.place().length() > MAX_SHORT) {
            errors.put("place", BudgetText.message("proposal.short.length", MAX_SHORT));
        }
        if (form.category() != null && form.category().length() > MAX_SHORT) {
            errors.put("category", BudgetText.message("proposal.short.length", MAX_SHORT));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
