package org.oursociety.budget.round.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.oursociety.budget.engine.rules.RuleName;
import org.oursociety.budget.platform.BudgetPages;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.round.application.NewRound;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /budget/{area}/}: the area's rounds, each with its phase and what one can do now; managers create rounds. */
@Named
@ViewScoped
public class RoundsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("title", "title", "description", "description",
            "budget", "budget", "rule", "rule", "ballot.kind", "kind", "ballot.min", "min", "ballot.max", "max",
            "ballot.points", "points");

    @Inject
    RoundService rounds;

    @Inject
    AreaContext area;

    @Inject
    AreaAccess access;

    @Inject
    CurrentUser currentUser;

    private String title;
    private String description;
    private Long budget;
    private String rule = Round.DEFAULT_RULE;
    private String kind = "approval";
    private Integer min;
    private Integer max;
    private Integer points;

    public String getAreaSlug() {
        return area.getCurrent().slug();
    }

    public List<RoundRow> getRounds() {
        return rounds.inArea(currentUser.user().orElse(null), getAreaSlug()).stream().map(RoundRow::of).toList();
    }

    public boolean isManager() {
        return currentUser.user().map(u -> access.can(u, BudgetText.MANAGE, getAreaSlug())).orElse(false);
    }

    public List<String> getRules() {
        return java.util.Arrays.stream(RuleName.values()).map(RuleName::pabulibName).toList();
    }

    public String create() {
        try {
            Round round = rounds.create(currentUser.user().orElseThrow(Refusal::signInFirst), getAreaSlug(),
                    new NewRound(title, description, budget, rule, kind, min, max, points, null, null, null, null));
            var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/" + getAreaSlug() + "/round.xhtml?id=" + round.id());
            return null;
        } catch (Refusal refusal) {
            BudgetPages.refused("create", refusal, FIELDS);
            return null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getBudget() {
        return budget;
    }

    public void setBudget(Long budget) {
        this.budget = budget;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Integer getMin() {
        return min;
    }

    public void setMin(Integer min) {
        this.min = min;
    }

    public Integer getMax() {
        return max;
    }

    public void setMax(Integer max) {
        this.max = max;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }
}
