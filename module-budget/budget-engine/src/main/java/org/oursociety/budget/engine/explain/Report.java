package org.oursociety.budget.engine.explain;

import java.util.List;

import org.oursociety.budget.engine.election.Ballot;
import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.election.Warning;
import org.oursociety.budget.engine.rules.EqualSharesSummary;
import org.oursociety.budget.engine.rules.Outcome;
import org.oursociety.budget.engine.rules.ProjectResult;

/**
 * An outcome with the totals people ask about first: how much of the budget was used and
 * how many voters got at least one project they voted for. Renders as one JSON line or as
 * text for a person.
 */
public record Report(String file, Election election, Outcome outcome) {

    public long cost() {
        long total = 0;
        for (int p : outcome.selected()) {
            total += election.project(p).cost();
        }
        return total;
    }

    /** Voters with at least one funded project among those they voted for. */
    public long votersWithFundedProject() {
        boolean[] funded = new boolean[election.projectCount()];
        outcome.selected().forEach(p -> funded[p] = true);
        long n = 0;
        for (Ballot b : election.ballots()) {
            for (int p : b.projects()) {
                if (funded[p]) {
                    n += b.weight();
                    break;
                }
            }
        }
        return n;
    }

    private String id(int p) {
        return election.project(p).id();
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder(256 + 160 * election.projectCount());
        sb.append("{\"file\":").append(Json.string(file))
                .append(",\"unit\":").append(Json.string(election.meta("unit").orElse("")))
                .append(",\"instance\":").append(Json.string(election.meta("instance").orElse("")))
                .append(",\"rule\":").append(Json.string(outcome.rule()))
                .append(",\"budget\":").append(election.money(election.budget()))
                .append(",\"selected\":[");
        List<Integer> sel = outcome.selected();
        for (int i = 0; i < sel.size(); i++) {
            sb.append(i > 0 ? "," : "").append(Json.string(id(sel.get(i))));
        }
        sb.append("],\"cost\":").append(election.money(cost()))
                .append(",\"voters\":").append(election.voters())
                .append(",\"votersWithFundedProject\":").append(votersWithFundedProject());
        sb.append(",\"warnings\":[");
        for (int i = 0; i < election.warnings().size(); i++) {
            Warning w = election.warnings().get(i);
            sb.append(i > 0 ? "," : "").append("{\"line\":").append(w.line()).append(",\"message\":")
                    .append(Json.string(w.message())).append('}');
        }
        sb.append(']');
        EqualSharesSummary es = outcome.equalShares();
        if (es != null) {
            sb.append(",\"equalShares\":{\"perVoterBudget\":").append(English.share(election, es.perVoterBudget()))
                    .append(",\"virtualBudget\":").append(English.exact(election, es.virtualBudget()))
                    .append(",\"startingShare\":").append(English.share(election, es.startingShare()))
                    .append(",\"runs\":").append(es.runs())
                    .append(",\"completionAdded\":[");
            for (int i = 0; i < es.completionAdded().size(); i++) {
                sb.append(i > 0 ? "," : "").append(Json.string(es.completionAdded().get(i)));
            }
            sb.append("]");
            if (es.nextPerVoterBudget() != null) {
                sb.append(",\"nextPerVoterBudget\":").append(English.share(election, es.nextPerVoterBudget()))
                        .append(",\"nextRunCost\":").append(English.exact(election, es.nextRunCost()));
            }
            if (es.comparison() != null) {
                sb.append(",\"comparison\":").append(Json.string(English.comparison(es.comparison())))
                        .append(",\"preferEqualShares\":").append(es.comparison().preferEqualShares())
                        .append(",\"preferGreedy\":").append(es.comparison().preferGreedy());
            }
            sb.append('}');
        }
        sb.append(",\"projects\":[");
        for (int i = 0; i < outcome.projects().size(); i++) {
            ProjectResult r = outcome.projects().get(i);
            sb.append(i > 0 ? "," : "").append("{\"id\":").append(Json.string(id(r.index())))
                    .append(",\"score\":").append(r.score())
                    .append(",\"cost\":").append(election.money(election.project(r.index()).cost()))
                    .append(",\"selected\":").append(r.selected())
                    .append(",\"reason\":").append(Json.string(English.reason(election, r.explanation())))
                    .append(",\"explanation\":").append(Structured.json(r.explanation(), election.moneyScale() + 6));
            if (r.round() != null) {
                sb.append(",\"round\":").append(r.round());
            }
            if (r.price() != null) {
                sb.append(",\"price\":").append(r.price().toPlainString());
            }
            if (r.supportersShort() != null) {
                sb.append(",\"supportersShort\":").append(r.supportersShort());
            }
            sb.append('}');
        }
        return sb.append("]}").toString();
    }

    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ").append(election.meta("unit").orElse("?")).append(' ')
                .append(election.meta("instance").orElse("")).append(election.meta("subunit").map(s -> ", " + s).orElse(""))
                .append('\n');
        sb.append("rule ").append(outcome.rule()).append(", ").append(election.voteType().pabulibName())
                .append(" ballots, ").append(election.voters()).append(" voters\n");
        sb.append("funded ").append(outcome.selected().size()).append(" of ").append(election.projectCount())
                .append(" projects for ").append(election.money(cost())).append(" of ")
                .append(election.money(election.budget())).append('\n');
        sb.append(votersWithFundedProject()).append(" of ").append(election.voters())
                .append(" voters have at least one funded project they voted for\n");
        for (Warning w : election.warnings()) {
            sb.append("warning: line ").append(w.line()).append(": ").append(w.message()).append('\n');
        }
        EqualSharesSummary es = outcome.equalShares();
        if (es != null) {
            sb.append("Equal Shares: ").append(English.shares(election, es)).append('\n');
            if (es.comparison() != null) {
                sb.append("comparison: ").append(English.comparison(es.comparison())).append('\n');
            }
        }
        sb.append("funding order: ").append(String.join(", ", outcome.selected().stream().map(this::id).toList()))
                .append("\n\n");
        int w = 10;
        for (int p = 0; p < election.projectCount(); p++) {
            w = Math.max(w, id(p).length());
        }
        sb.append(String.format("%-" + w + "s %10s %14s %-4s %s%n", "project", "score", "cost", "won", "why"));
        for (ProjectResult r : outcome.projects()) {
            sb.append(String.format("%-" + w + "s %10d %14s %-4s %s%n", id(r.index()), r.score(),
                    election.money(election.project(r.index()).cost()), r.selected() ? "yes" : "no", English.detail(election, r.explanation())));
        }
        return sb.toString();
    }
}
