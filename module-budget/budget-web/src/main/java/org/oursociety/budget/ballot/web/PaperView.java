package org.oursociety.budget.ballot.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oursociety.budget.ballot.application.BallotRequest;
import org.oursociety.budget.ballot.application.BallotService;
import org.oursociety.budget.platform.BudgetPages;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.proposal.application.ProposalService;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code /budget/{area}/paper.xhtml?id=N} ({@code budget.enter-paper}): staff enter a paper ballot for
 * a resident found by voting code or by name and postcode, and see the tally of online and paper ballots.
 */
@Named
@ViewScoped
public class PaperView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A project on the paper ballot. */
    public record Line(long id, String title, long cost) implements Serializable {
    }

    @Inject
    RoundService rounds;

    @Inject
    ProposalService proposals;

    @Inject
    BallotService ballots;

    @Inject
    AreaAccess access;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private String code;
    private String name;
    private String postcode;
    private List<Line> lines = List.of();
    private final Map<Long, Object> values = new HashMap<>();
    private String kind;
    private String lastReceipt;

    public void load() throws IOException {
        var user = currentUser.user().orElse(null);
        Round round = null;
        try {
            round = user == null || id == null ? null : rounds.visible(user, id);
        } catch (Refusal refusal) {
            round = null;
        }
        if (round == null || !access.can(user, BudgetText.ENTER_PAPER, round.areaSlug())) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(round == null ? 404 : 403, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        kind = round.ballot().kind().id();
        lines = proposals.onBallot(round.id()).stream().map(p -> new Line(p.id(), p.title(), p.shownCost())).toList();
    }

    public Round getRound() {
        return rounds.find(id).orElseThrow();
    }

    public long[] getTally() {
        return ballots.tally(id);
    }

    public String enter() {
        BallotRequest request = switch (kind) {
            case "cumulative" -> {
                Map<String, Integer> points = new LinkedHashMap<>();
                values.forEach((project, value) -> {
                    String v = value == null ? null : String.valueOf(value);
                    if (v != null && !v.isBlank()) {
                        try {
                            points.put(String.valueOf(project), Integer.parseInt(v.strip()));
                        } catch (NumberFormatException e) {
                            points.put(String.valueOf(project), -1);
                        }
                    }
                });
                yield new BallotRequest(null, points, null);
            }
            case "ranked" -> {
                TreeMap<Integer, List<Long>> byRank = new TreeMap<>();
                values.forEach((project, value) -> {
                    String v = value == null ? null : String.valueOf(value);
                    if (v != null && !v.isBlank()) {
                        try {
                            byRank.computeIfAbsent(Integer.parseInt(v.strip()), k -> new ArrayList<>()).add(project);
                        } catch (NumberFormatException e) {
                            // not a rank
                        }
                    }
                });
                List<Long> ranking = new ArrayList<>();
                byRank.values().forEach(ranking::addAll);
                yield new BallotRequest(null, null, ranking);
            }
            default -> {
                List<Long> ticked = new ArrayList<>();
                values.forEach((project, v) -> {
                    if ("true".equals(String.valueOf(v))) {
                        ticked.add(project);
                    }
                });
                yield new BallotRequest(ticked, null, null);
            }
        };
        try {
            lastReceipt = ballots.enterPaper(currentUser.user().orElseThrow(Refusal::signInFirst), id, code, name, postcode,
                    request);
            BudgetPages.info("paper.entered", lastReceipt);
            code = null;
            name = null;
            postcode = null;
            values.clear();
        } catch (Refusal refusal) {
            BudgetPages.refused("paper", refusal, Map.of("code", "code", "name", "name", "postcode", "postcode"));
        }
        return null;
    }

    public List<Line> getLines() {
        return lines;
    }

    public Map<Long, Object> getValues() {
        return values;
    }

    public String getKind() {
        return kind;
    }

    public String getLastReceipt() {
        return lastReceipt;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
