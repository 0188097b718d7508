package org.oursociety.budget.round.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oursociety.budget.platform.BudgetPages;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * The round page's split, for managers of a draft round whose area has areas directly below it: one
 * budget per sub-area (blank: that sub-area gets no round), each becoming a round of its own with its own
 * ballot and result (as CONSUL's headings). The rounds a round was split into are listed for everyone
 * who may see them.
 */
@Named
@ViewScoped
public class SplitView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A sub-area as the form offers it. */
    public record SubArea(String slug, String name) implements Serializable {
    }

    @Inject
    RoundView roundView;

    @Inject
    RoundService rounds;

    @Inject
    AreaDirectory areas;

    @Inject
    CurrentUser currentUser;

    /** Pounds as typed, by sub-area slug ({@code #{splitView.budgets['riverside']}}). */
    private final HashMap<String, String> budgets = new HashMap<>();

    public List<SubArea> getSubAreas() {
        AreaMap map = areas.current();
        String parentId = map.bySlug(roundView.getRound().areaSlug()).map(AreaMap.AreaRef::id).orElse("");
        return map.inTreeOrder().stream().filter(a -> parentId.equals(a.parentId()))
                .map(a -> new SubArea(a.slug(), a.name())).toList();
    }

    public boolean isOffered() {
        // Once split, the form is not offered again: a second split would make a second round per sub-area.
        return roundView.isManager() && roundView.getRound().phase() == Phase.DRAFT && !getSubAreas().isEmpty()
                && getParts().isEmpty();
    }

    /** The rounds this one was split into that the reader may see. */
    public List<Round> getParts() {
        return rounds.parts(currentUser.user().orElse(null), roundView.getRound().id());
    }

    public String areaName(String slug) {
        return areas.current().bySlug(slug).map(AreaMap.AreaRef::name).orElse(slug);
    }

    public Map<String, String> getBudgets() {
        return budgets;
    }

    public String split() {
        Map<String, Long> pounds = new LinkedHashMap<>();
        Map<String, String> fieldIds = new LinkedHashMap<>();
        List<SubArea> subAreas = getSubAreas();
        boolean readable = true;
        for (int i = 0; i < subAreas.size(); i++) {
            String slug = subAreas.get(i).slug();
            fieldIds.put(slug, "areas:" + i + ":budget");
            String text = budgets.get(slug);
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                pounds.put(slug, Long.parseLong(text.strip().replace(",", "").replace("£", "")));
            } catch (NumberFormatException e) {
                BudgetPages.refused("split", org.oursociety.budget.platform.BudgetText.invalid(slug, "round.budget.positive"),
                        fieldIds);
                readable = false;
            }
        }
        fieldIds.put("budgets", "areas:0:budget");
        if (!readable) {
            return null;
        }
        try {
            List<Round> parts = rounds.split(currentUser.user().orElseThrow(Refusal::signInFirst),
                    roundView.getRound().id(), pounds);
            budgets.clear();
            BudgetPages.info("split.done", parts.size());
        } catch (Refusal refusal) {
            BudgetPages.refused("split", refusal, fieldIds);
        }
        return null;
    }
}
