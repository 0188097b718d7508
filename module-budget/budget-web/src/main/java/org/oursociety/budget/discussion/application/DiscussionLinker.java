package org.oursociety.budget.discussion.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.budget.discussion.infrastructure.DiscussionStore;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * Gives every public proposal its forum topic ({@code PUT /forum/api/areas/{area}/subjects/budget/{id}}):
 * right after the proposal is committed (by {@code organisation.application.Submission}, outside its
 * transaction, so the forum reads a committed proposal), again from the timer while the forum was off or down,
 * and when the proposal page is opened. The ask is anonymous on purpose: the forum believes only the budget's own card of the
 * proposal, which it reads back, so the ask carries no authority and needs no token. The forum makes one
 * topic per proposal however often it is asked, so retries and races are harmless.
 */
@ApplicationScoped
public class DiscussionLinker {

    private static final Logger LOG = Logger.getLogger(DiscussionLinker.class.getName());
    /** How long a proposal whose ask failed waits before the timer asks again. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    /** The forum's answer, as far as the budget needs it. */
    public record Topic(String id, String title, String href, int posts) {
    }

    @Inject
    DiscussionStore store;

    @Inject
    PortalCalls calls;

    @Inject
    AreaDirectory areas;

    private final Clock clock = Clock.systemUTC();
    private final Jsonb jsonb = JsonbBuilder.create();

    /** The topic's address, asking the forum when it is not known yet; empty when the forum is off or silent. */
    public Optional<String> link(long proposalId, String areaSlug) {
        Optional<String> known = store.topicHref(proposalId);
        if (known.isPresent()) {
            return known;
        }
        if (!forumOn(areaSlug)) {
            store.tried(proposalId, clock.instant());
            return Optional.empty();
        }
        Optional<PortalCalls.Answer> answer = calls.put("/forum/api/areas/" + areaSlug + "/subjects/budget/" + proposalId,
                "{}", Optional.empty());
        if (answer.isPresent() && answer.get().status() == 200) {
            try {
                String href = PortalCalls.portalPath(jsonb.fromJson(answer.get().body(), Topic.class).href());
                if (href != null) {
                    store.linked(proposalId, href, clock.instant());
                    return Optional.of(href);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The forum answered proposal {0} with something that is not a topic: {1}",
                        new Object[]{proposalId, e.getMessage()});
            }
        }
        store.tried(proposalId, clock.instant());
        return Optional.empty();
    }

    /** Whether the forum is switched on in the area (so a missing topic means "not yet", not "no forum here"). */
    public boolean forumOn(String areaSlug) {
        AreaMap map = areas.current();
        return map.bySlug(areaSlug).map(a -> map.isEnabled("forum", a)).orElse(false);
    }

    /** One batch of proposals still without a topic; run by the timer through ClusterOnce. */
    public void linkPending() {
        for (DiscussionStore.Pending p : store.pending(clock.instant().minus(RETRY_AFTER), BATCH)) {
            link(p.proposalId(), p.areaSlug());
        }
    }
}
