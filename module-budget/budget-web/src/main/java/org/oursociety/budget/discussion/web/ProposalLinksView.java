package org.oursociety.budget.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.budget.discussion.application.DiscussionLinker;
import org.oursociety.budget.organisation.application.BackingService;
import org.oursociety.budget.organisation.infrastructure.BackingStore.Backing;
import org.oursociety.budget.platform.BudgetPages;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.proposal.domain.ProposalStatus;
import org.oursociety.budget.round.domain.Phase;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * What the proposal page shows of other modules (issue 12): the organisation behind the proposal and the
 * forum topic about it with its latest posts, read from the forum with the reader's own token (so a
 * members-only forum stays members-only). A proposal whose topic is not known yet asks the forum for it here
 * too. Every failure leaves the link out with a plain note; the page itself never waits more than the call's
 * short time-out.
 */
@Named
@RequestScoped
public class ProposalLinksView {

    private static final Logger LOG = Logger.getLogger(ProposalLinksView.class.getName());

    /** What the discussion part of the page shows. */
    public enum State { NONE, OFF, SILENT, MEMBERS, SHOWN }

    /** A recent post as the page shows it. */
    public record Post(String author, String text, String when, String href) {
    }

    /** The forum's answer ({@code GET /forum/api/areas/{area}/subjects/budget/{id}}). */
    public record ForumTopic(String id, String title, String href, int posts) {
    }

    public record ForumPost(String author, String text, Instant createdAt, String href) {
    }

    public record ForumDiscussion(ForumTopic topic, List<ForumPost> latest) {
    }

    @Inject
    DiscussionLinker linker;

    @Inject
    BackingService backing;

    @Inject
    PortalCalls calls;

    @Inject
    HttpServletRequest request;

    private final Jsonb jsonb = JsonbBuilder.create();
    private State state;
    private String topicHref;
    private int replies;
    private List<Post> latest = List.of();

    public Optional<Backing> organisation(Proposal proposal) {
        return backing.of(proposal.id());
    }

    /** Reads the discussion once per request; the page then asks the getters. */
    public State discussion(Proposal proposal, Round round) {
        if (state == null) {
            state = load(proposal, round);
        }
        return state;
    }

    private State load(Proposal proposal, Round round) {
        if (round.phase() == Phase.DRAFT || proposal.status() == ProposalStatus.WITHDRAWN || round.imported()) {
            return State.NONE;
        }
        if (!linker.forumOn(round.areaSlug())) {
            return State.OFF;
        }
        Optional<String> href = linker.link(proposal.id(), round.areaSlug());
        if (href.isEmpty()) {
            return State.SILENT;
        }
        topicHref = href.get();
        Optional<PortalCalls.Answer> answer = calls.get("/forum/api/areas/" + round.areaSlug() + "/subjects/budget/"
                + proposal.id(), PortalCalls.token(request), Languages.of(request));
        if (answer.isPresent() && answer.get().status() == 401) {
            return State.MEMBERS;
        }
        if (answer.isEmpty() || answer.get().status() != 200) {
            return State.SILENT;
        }
        try {
            ForumDiscussion found = jsonb.fromJson(answer.get().body(), ForumDiscussion.class);
            replies = Math.max(0, found.topic().posts() - 1);
            latest = found.latest() == null ? List.of() : found.latest().stream()
                    .map(p -> new Post(p.author() == null ? BudgetPages.text("discussion.former") : p.author(), p.text(),
                            p.createdAt() == null ? "" : BudgetPages.when(p.createdAt()), PortalCalls.portalPath(p.href())))
                    .toList();
            return State.SHOWN;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The forum sent a discussion that is not one: {0}", e.getMessage());
            return State.SILENT;
        }
    }

    public String getTopicHref() {
        return topicHref;
    }

    public int getReplies() {
        return replies;
    }

    public List<Post> getLatest() {
        return latest;
    }
}
