package org.oursociety.budget.ballot.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oursociety.budget.ballot.application.BallotService;
import org.oursociety.budget.ballot.domain.BallotChoice;
import org.oursociety.budget.ballot.domain.CastBallot;
import org.oursociety.budget.platform.BudgetPages;
import org.oursociety.budget.proposal.application.ProposalService;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.BallotKind;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.area.Residence;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /budget/{area}/vote.xhtml?id=N}: the ballot (step "choose", the default) and the review
 * before confirming ({@code step=check}). The choices between the steps are kept in the session
 * ({@link Drafts}, as a {@link ChoiceCode}), never in the address; the
 * forms post to {@link BallotFormServlet}. Problems are worked out here again from the choices, so the
 * page says them in the reader's language.
 */
@Named
@RequestScoped
public class VoteView {

    /** A project on the ballot with what this voter has given it so far. */
    public record Line(long id, String title, long cost, String description, boolean chosen, Integer points,
                       Integer rank) {
    }

    @Inject
    RoundService rounds;

    @Inject
    ProposalService proposals;

    @Inject
    BallotService ballots;

    @Inject
    Residence residence;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private String step;
    private String check;
    private Round round;
    private BallotChoice choice;
    private String problem;
    private List<Line> lines = List.of();
    private Optional<CastBallot> before = Optional.empty();

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        PortalUser user = currentUser.user().orElse(null);
        if (user == null) {
            external.redirect("/login.xhtml?next=" + java.net.URLEncoder.encode(external.getRequestContextPath()
                    + "/vote.xhtml?id=" + id, java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        try {
            round = id == null ? null : rounds.visible(user, id);
        } catch (Refusal refusal) {
            round = null;
        }
        if (round == null) {
            external.responseSendError(404, "No such round");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (!round.acceptsBallots()) {
            problem = BudgetPages.text("ballot.not-voting");
        } else if (!residence.isVerifiedResident(user, round.areaSlug())) {
            problem = BudgetPages.text("ballot.not-resident");
        }
        before = ballots.mine(user, round.id());
        String draft = Drafts.of(external.getSessionMap(), round.id());
        var request = draft != null ? ChoiceCode.decode(draft, round.ballot().kind()) : before.map(b -> ChoiceCode.decode(
                ChoiceCode.encode(b.choice()), round.ballot().kind())).orElse(null);
        if (request != null && problem == null && (check != null || "check".equals(step))) {
            try {
                choice = ballots.checked(round, request);
            } catch (Refusal refusal) {
                problem = refusal.fields().values().stream().findFirst().map(BudgetPages::say)
                        .orElse(BudgetPages.say(refusal.reason()));
                step = null;
            }
        }
        Map<Long, Integer> rank = new HashMap<>();
        Map<Long, Integer> points = new HashMap<>();
        if (request != null) {
            List<Long> ids = request.ranking() != null ? request.ranking()
                    : request.projects() != null ? request.projects() : List.of();
            for (int i = 0; i < ids.size(); i++) {
                rank.put(ids.get(i), i + 1);
            }
            if (request.points() != null) {
                request.points().forEach((k, v) -> {
                    try {
                        points.put(Long.parseLong(k), v);
                        rank.put(Long.parseLong(k), 1);
                    } catch (NumberFormatException e) {
                        // left out
                    }
                });
            }
        }
        List<Line> all = new ArrayList<>();
        for (Proposal p : proposals.onBallot(round.id())) {
            all.add(new Line(p.id(), p.title(), p.shownCost(), p.description().html(), rank.containsKey(p.id()),
                    points.get(p.id()), round.ballot().kind() == BallotKind.RANKED ? rank.get(p.id()) : null));
        }
        lines = all;
    }

    public boolean isReviewing() {
        return "check".equals(step) && choice != null && problem == null;
    }

    public boolean isCanVote() {
        return round != null && round.acceptsBallots() && currentUser.user()
                .map(u -> residence.isVerifiedResident(u, round.areaSlug())).orElse(false);
    }

    /** The choices in the order the voter gave them, for the review step. */
    public List<Line> getChosen() {
        if (choice == null) {
            return List.of();
        }
        Map<Long, Line> byId = new HashMap<>();
        lines.forEach(l -> byId.put(l.id(), l));
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < choice.projects().size(); i++) {
            Line l = byId.get(choice.projects().get(i));
            out.add(new Line(l.id(), l.title(), l.cost(), l.description(), true,
                    choice.points() == null ? null : choice.points().get(i), i + 1));
        }
        return out;
    }

    /** What the projects ticked so far cost: the running total's starting value. */
    public long getTotal() {
        return lines.stream().filter(Line::chosen).mapToLong(Line::cost).sum();
    }

    public String getCsrf() {
        return currentUser.user().map(PortalUser::csrfToken).orElse("");
    }

    public long getChosenCost() {
        return getChosen().stream().mapToLong(Line::cost).sum();
    }

    public String getCode() {
        return choice == null ? "" : ChoiceCode.encode(choice);
    }

    public List<Integer> getRanks() {
        int max = round.ballot().max() == null ? lines.size() : Math.min(round.ballot().max(), lines.size());
        List<Integer> ranks = new ArrayList<>();
        for (int i = 1; i <= max; i++) {
            ranks.add(i);
        }
        return ranks;
    }

    public String getKind() {
        return round.ballot().kind().id();
    }

    public String getInstructions() {
        var b = round.ballot();
        return switch (b.kind()) {
            case APPROVAL -> b.max() == null ? BudgetPages.text("ballot.describe.approval-any", b.min())
                    : BudgetPages.text("ballot.describe.approval", b.min(), b.max());
            case KNAPSACK -> BudgetPages.text("ballot.describe.knapsack", round.budget());
            case CUMULATIVE -> BudgetPages.text("ballot.describe.cumulative", b.points());
            case RANKED -> BudgetPages.text("ballot.describe.ranked", b.max());
        };
    }

    public boolean isChanging() {
        return before.isPresent();
    }

    public Round getRound() {
        return round;
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getProblem() {
        return problem;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public String getCheck() {
        return check;
    }

    public void setCheck(String check) {
        this.check = check;
    }
}
