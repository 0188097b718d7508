package org.oursociety.budget.round.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oursociety.budget.platform.BudgetPages;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * The round page's timetable: everyone sees when each phase starts (or that the council moves it by
 * hand); managers set the starts still to come. Times are London's, entered in a {@code datetime-local}
 * field, which browsers without one show as text: "2026-12-01 09:00" is read too.
 */
@Named
@ViewScoped
public class ScheduleView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Phase[] SCHEDULED = {Phase.PROPOSALS, Phase.REVIEW, Phase.VOTING, Phase.RESULTS};
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** A phase's start as the page shows it; {@code reached}: its start is history and cannot change. */
    public record Start(String phase, String phaseName, String when, boolean reached) implements Serializable {
    }

    @Inject
    RoundView roundView;

    @Inject
    RoundService rounds;

    @Inject
    CurrentUser currentUser;

    /** The form's values by phase id ({@code #{scheduleView.fields['voting']}}). */
    private final HashMap<String, String> fields = new HashMap<>();
    private boolean filled;

    public List<Start> getStarts() {
        Round round = roundView.getRound();
        List<Start> starts = new ArrayList<>();
        for (Phase phase : SCHEDULED) {
            String when = round.dates().startOf(phase).map(BudgetPages::when).orElseGet(() -> BudgetPages.text(
                    reached(round, phase) ? "schedule.started" : "schedule.byHand"));
            starts.add(new Start(phase.id(), BudgetPages.text("phase." + phase.id()), when, reached(round, phase)));
        }
        return starts;
    }

    /** The form's values by phase id, filled from the round the first time the page asks. */
    public Map<String, String> getFields() {
        if (!filled) {
            Round round = roundView.getRound();
            for (Phase phase : SCHEDULED) {
                fields.put(phase.id(), round.dates().startOf(phase)
                        .map(at -> FIELD.format(at.atZone(BudgetPages.LONDON))).orElse(""));
            }
            filled = true;
        }
        return fields;
    }

    public boolean isEditable() {
        Round round = roundView.getRound();
        return roundView.isManager() && round.phase().compareTo(Phase.RESULTS) < 0 && !round.imported();
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<Phase, Instant> starts = new EnumMap<>(Phase.class);
        boolean readable = true;
        for (Phase phase : SCHEDULED) {
            String text = fields.get(phase.id());
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                starts.put(phase, LocalDateTime.parse(text.strip().replace(' ', 'T'), FIELD)
                        .atZone(BudgetPages.LONDON).toInstant());
            } catch (DateTimeParseException e) {
                String message = BudgetPages.text("schedule.format");
                faces.addMessage("schedule:" + phase.id(), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
                readable = false;
            }
        }
        if (!readable) {
            return null;
        }
        try {
            Round saved = rounds.reschedule(currentUser.user().orElseThrow(Refusal::signInFirst), roundView.getRound().id(),
                    starts);
            roundView.reloaded(saved);
            filled = false;
            BudgetPages.info("schedule.saved");
        } catch (Refusal refusal) {
            BudgetPages.refused("schedule", refusal, Map.of("proposals", "proposals", "review", "review",
                    "voting", "voting", "results", "results"));
        }
        return null;
    }

    /** For the form: a phase the round has reached keeps its start. */
    public boolean reached(String phaseId) {
        return Phase.byId(phaseId).map(p -> reached(roundView.getRound(), p)).orElse(true);
    }

    private static boolean reached(Round round, Phase phase) {
        return round.phase().compareTo(phase) >= 0;
    }
}
