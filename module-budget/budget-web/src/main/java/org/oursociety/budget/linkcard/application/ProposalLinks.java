package org.oursociety.budget.linkcard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.oursociety.budget.linkcard.infrastructure.ProposalCardRepository;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.portal.api.links.LinkCard;
import org.oursociety.portal.api.links.LinkDescriber;

/**
 * A link to {@code /budget/{area}/proposal.xhtml?id=N} as a card: the proposal's title, its cost, its round's
 * phase and, once counted, whether it was funded. Proposals of draft rounds and withdrawn ones have no card.
 */
@ApplicationScoped
public class ProposalLinks implements LinkDescriber {

    @Inject
    ProposalCardRepository proposals;

    @Override
    public Optional<LinkCard> describe(URI href, Locale language) {
        String[] path = LinkCard.segments(href);
        if (path.length != 3 || !path[0].equals("budget") || !path[2].equals("proposal.xhtml")) {
            return Optional.empty();
        }
        Optional<String> id = LinkCard.param(href, "id").filter(v -> v.matches("[0-9]{1,18}"));
        return id.flatMap(v -> proposals.find(Long.parseLong(v)))
                .filter(p -> p.areaSlug().equals(path[1]) && !p.phase().equals("draft") && !p.status().equals("withdrawn"))
                .map(p -> card(p, language));
    }

    private static LinkCard card(ProposalCardRepository.Facts p, Locale language) {
        ResourceBundle words = ResourceBundle.getBundle(BudgetText.BUNDLE, language);
        List<String> state = new ArrayList<>();
        state.add(new MessageFormat(words.getString("link.cost"), language)
                .format(new Object[]{p.finalCost() != null ? p.finalCost() : p.cost()}));
        state.add(words.getString("phase." + p.phase()));
        if (p.funded() != null) {
            state.add(words.getString(p.funded() ? "link.funded" : "link.notFunded"));
        } else {
            state.add(words.getString("link.status." + p.status()));
        }
        return new LinkCard(p.title(), "proposal", words.getString("link.kind"), String.join(" · ", state),
                "/budget/" + p.areaSlug() + "/proposal.xhtml?id=" + p.id());
    }
}
