package org.oursociety.budget.ballot.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.oursociety.budget.ballot.application.BallotService;
import org.oursociety.budget.ballot.domain.CastBallot;
import org.oursociety.budget.platform.BudgetPages;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /budget/{area}/voted.xhtml?id=N}: the confirmation after voting, with the voter's receipt. */
@Named
@RequestScoped
public class VotedView {

    @Inject
    RoundService rounds;

    @Inject
    BallotService ballots;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Round round;
    private CastBallot ballot;

    public void load() throws IOException {
        var user = currentUser.user().orElse(null);
        try {
            round = user == null || id == null ? null : rounds.visible(user, id);
            ballot = round == null ? null : ballots.mine(user, id).orElse(null);
        } catch (Refusal refusal) {
            round = null;
        }
        if (round == null || ballot == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No ballot");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public Round getRound() {
        return round;
    }

    public CastBallot getBallot() {
        return ballot;
    }

    public String getWhen() {
        return BudgetPages.when(ballot.castAt());
    }

    public String getUntil() {
        return round.currentPhaseEnds().map(BudgetPages::when).orElse("");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
