package org.oursociety.budget.result.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oursociety.budget.engine.rules.RuleName;
import org.oursociety.budget.platform.BudgetPages;
import org.oursociety.budget.result.application.ExplanationWords;
import org.oursociety.budget.result.application.ResultService;
import org.oursociety.budget.result.domain.ProjectOutcome;
import org.oursociety.budget.result.domain.RoundResult;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code /budget/{area}/results.xhtml?id=N[&rule=R]}: the stored result (or a what-if recount under
 * {@code rule}), the spending against the budget as a chart and a table, every project's explanation in
 * words, the same ballots counted by greedy beside it, and how to recount the published file.
 */
@Named
@RequestScoped
public class ResultsView {

    /** One row of the results table. */
    public record Row(long id, String title, long cost, long votes, boolean funded, String explanation,
                      boolean fundedByGreedy) {
    }

    @Inject
    RoundService rounds;

    @Inject
    ResultService results;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private String rule;
    private Round round;
    private RoundResult result;
    private RoundResult greedy;
    private String problem;
    private Map<String, String> titles;

    public void load() throws IOException {
        try {
            round = id == null ? null : rounds.visible(currentUser.user().orElse(null), id);
            if (round != null && round.hasResults()) {
                try {
                    result = results.result(round, rule);
                } catch (Refusal refusal) {
                    problem = BudgetPages.say(refusal.fields().values().stream().findFirst().orElse(refusal.reason()));
                    rule = null;
                    result = results.result(round, null);
                }
                greedy = results.result(round, "greedy");
            }
        } catch (Refusal refusal) {
            round = null;
        }
        if (round == null || result == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No results");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<Row> getRows() {
        Map<Long, Boolean> byGreedy = new HashMap<>();
        greedy.projects().forEach(p -> byGreedy.put(p.id(), p.funded()));
        return result.projects().stream()
                .sorted((a, b) -> a.funded() != b.funded() ? (a.funded() ? -1 : 1) : Long.compare(b.votes(), a.votes()))
                .map(p -> new Row(p.id(), p.title(), p.cost(), p.votes(), p.funded(),
                        ExplanationWords.say(p.explanation(), BudgetPages.locale(), titles()),
                        byGreedy.getOrDefault(p.id(), false)))
                .toList();
    }

    private Map<String, String> titles() {
        if (titles == null) {
            titles = results.titles(round.id());
        }
        return titles;
    }

    /** How Equal Shares went, in words; empty for other rules. */
    public String getSharesNote() {
        var s = result.shares();
        return s == null ? "" : ExplanationWords.shares(s.startingShare(), s.perVoterShare(), s.nextRunCost(),
                result.voters(), result.budget(), BudgetPages.locale());
    }

    public List<ProjectOutcome> getFunded() {
        return result.projects().stream().filter(ProjectOutcome::funded).toList();
    }

    /** Chart.js configuration for p:chart: each funded project's cost and what is left, in one stacked bar. */
    public String getChartJson() {
        StringBuilder datasets = new StringBuilder();
        String[] colours = {"#1d70b8", "#00703c", "#4c2c92", "#d4351c", "#f47738", "#5694ca", "#85994b", "#912b88"};
        int i = 0;
        for (ProjectOutcome p : getFunded()) {
            datasets.append(i > 0 ? "," : "").append("{\"label\":").append(json(p.title())).append(",\"data\":[")
                    .append(p.cost()).append("],\"backgroundColor\":\"").append(colours[i % colours.length]).append("\"}");
            i++;
        }
        long left = Math.max(0, result.budget() - result.spent());
        datasets.append(i > 0 ? "," : "").append("{\"label\":").append(json(BudgetPages.text("results.unspent")))
                .append(",\"data\":[").append(left).append("],\"backgroundColor\":\"#b1b4b6\"}");
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + json(BudgetPages.text("results.budget")) + "],\"datasets\":["
                + datasets + "]},\"options\":{\"indexAxis\":\"y\",\"animation\":false,\"responsive\":true,"
                + "\"scales\":{\"x\":{\"stacked\":true,\"max\":" + result.budget() + "},\"y\":{\"stacked\":true}}}}";
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    public List<String> getRules() {
        return Arrays.stream(RuleName.values()).map(RuleName::pabulibName).toList();
    }

    public String getRuleName() {
        return BudgetPages.text("rule." + result.rule());
    }

    public String getStoredRuleName() {
        return BudgetPages.text("rule." + round.rule());
    }

    public String getGreedySpent() {
        return String.valueOf(greedy.spent());
    }

    public RoundResult getGreedy() {
        return greedy;
    }

    public String getCountedAt() {
        return BudgetPages.when(result.countedAt());
    }

    public String getCommand() {
        return "java -jar budget-engine.jar count round-" + round.id() + ".pb";
    }

    public Round getRound() {
        return round;
    }

    public RoundResult getResult() {
        return result;
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

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }
}
