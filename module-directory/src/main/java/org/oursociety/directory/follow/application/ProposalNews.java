package org.oursociety.directory.follow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * "Organisation X has a new proposal": the budget says so anonymously, and the directory believes only what the
 * budget's public API then lists for the organisation ({@code GET /budget/api/organisations/{id}/proposals}), so
 * nobody can announce a proposal that is not there. Not transactional: the budget is read before anything is
 * written, then {@link FollowService#told} records the news in its own transaction.
 */
@ApplicationScoped
public class ProposalNews {

    /** One proposal as the budget lists it. */
    public record Item(long id, String title, String href, String status, boolean funded, String delivery, int progress) {
    }

    /** The budget's list. */
    public record Items(List<Item> proposals) {
    }

    @Inject
    PortalCalls calls;

    @Inject
    FollowService follows;

    private final Jsonb jsonb = JsonbBuilder.create();

    /** The organisation's public proposals from the budget, in the reader's language; empty when it is silent. */
    public Optional<List<Item>> proposalsOf(String organizationId, Optional<String> token, Locale language) {
        return calls.get("/budget/api/organisations/" + URLEncoder.encode(organizationId, StandardCharsets.UTF_8)
                .replace("+", "%20") + "/proposals?lang=" + language.getLanguage(), token, language)
                .filter(a -> a.status() == 200)
                .flatMap(a -> {
                    try {
                        Items items = jsonb.fromJson(a.body(), Items.class);
                        return Optional.of(items.proposals() == null ? List.<Item>of() : items.proposals().stream()
                                .filter(i -> i.title() != null && PortalCalls.portalPath(i.href()) != null).toList());
                    } catch (RuntimeException e) {
                        return Optional.empty();
                    }
                });
    }

    /** Records the proposal as news of the organisation (404 unless the budget lists it; 503 budget silent). */
    public void announce(String organizationId, long proposalId) {
        List<Item> listed = proposalsOf(organizationId, Optional.empty(), Locale.ENGLISH).orElseThrow(() ->
                Refusal.of(Refusal.Kind.UNAVAILABLE, new org.oursociety.portal.api.i18n.Message(
                        org.oursociety.directory.listing.application.DirectoryPermissions.BUNDLE, "follow.budget-silent")));
        Item item = listed.stream().filter(i -> i.id() == proposalId).findFirst().orElseThrow(Refusal::notFound);
        follows.told(organizationId, "proposal", String.valueOf(proposalId), item.title(), item.href());
    }
}
