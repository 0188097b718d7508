package org.oursociety.budget.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.home.AreaCard;
import org.oursociety.portal.api.home.AreaCardProvider;
import org.oursociety.portal.api.security.PortalUser;

/** The budget's card on an area's home page: its open rounds, each with its phase and until when. */
@ApplicationScoped
public class BudgetCard implements AreaCardProvider {

    @Inject
    RoundService rounds;

    @Override
    public Optional<AreaCard> card(String areaSlug, Locale language, Optional<PortalUser> reader) {
        ResourceBundle words = ResourceBundle.getBundle(BudgetText.BUNDLE, language);
        List<Round> open = rounds.inArea(null, areaSlug).stream()
                .filter(r -> r.phase() != Phase.DRAFT && r.phase() != Phase.DELIVERY).limit(5).toList();
        DateTimeFormatter when = DateTimeFormatter.ofPattern(words.getString("date.pattern"), language);
        List<AreaCard.Item> items = open.stream().map(r -> new AreaCard.Item(r.title(),
                "/budget/" + areaSlug + "/round.xhtml?id=" + r.id(),
                r.currentPhaseEnds().map(at -> MessageFormat.format(words.getString("phase.until"),
                        when.format(at.atZone(BudgetPages.LONDON)))).orElse(words.getString("phase." + r.phase().id() + ".now")),
                words.getString("phase." + r.phase().id()))).toList();
        String summary = open.isEmpty() ? words.getString("card.none")
                : open.stream().anyMatch(Round::acceptsBallots) ? words.getString("card.voting")
                : words.getString("card.some");
        return Optional.of(new AreaCard("budget", words.getString("budget.title"), summary, items,
                "/budget/" + areaSlug + "/", words.getString("card.action")));
    }
}
