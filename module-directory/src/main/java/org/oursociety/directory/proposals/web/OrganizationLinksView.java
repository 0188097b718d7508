package org.oursociety.directory.proposals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oursociety.directory.follow.application.ProposalNews;
import org.oursociety.directory.follow.infrastructure.FollowStore;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * What an organisation's page shows of the other modules (issue 12): the budget proposals made on its behalf
 * (funded ones marked, with their delivery) and the forum topics whose posts link to the page. Each is read live,
 * with the reader's own token; a module that is off in the area or does not answer leaves a plain note instead.
 */
@Named
@RequestScoped
public class OrganizationLinksView {

    /** What a part of the page shows. */
    public enum State { OFF, SILENT, SHOWN }

    /** The forum's answer. */
    public record Mention(String title, String href, int posts, Instant lastPostAt) {
    }

    public record Mentions(List<Mention> topics) {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    ProposalNews budget;

    @Inject
    FollowStore organizations;

    @Inject
    AreaDirectory areas;

    @Inject
    PortalCalls calls;

    private final Jsonb jsonb = JsonbBuilder.create();
    private Optional<FollowStore.Organization> organization;
    private State proposalsState;
    private List<ProposalNews.Item> proposals = List.of();
    private State mentionsState;
    private List<Mention> mentions = List.of();

    private Optional<FollowStore.Organization> organization() {
        if (organization == null) {
            String id = request.getParameter("id");
            organization = id == null ? Optional.empty() : organizations.organization(id);
        }
        return organization;
    }

    public State getProposalsState() {
        if (proposalsState == null) {
            proposalsState = organization().map(o -> {
                if (!on("budget", o.areaSlug())) {
                    return State.OFF;
                }
                Optional<List<ProposalNews.Item>> found = budget.proposalsOf(o.id(), PortalCalls.token(request),
                        Languages.of(request));
                proposals = found.orElse(List.of());
                return found.isPresent() ? State.SHOWN : State.SILENT;
            }).orElse(State.OFF);
        }
        return proposalsState;
    }

    public List<ProposalNews.Item> getProposals() {
        getProposalsState();
        return proposals;
    }

    public State getMentionsState() {
        if (mentionsState == null) {
            mentionsState = organization().map(o -> {
                if (!on("forum", o.areaSlug())) {
                    return State.OFF;
                }
                Locale language = Languages.of(request);
                Optional<PortalCalls.Answer> answer = calls.get("/forum/api/areas/" + o.areaSlug() + "/mentions?href="
                        + URLEncoder.encode(o.href(), StandardCharsets.UTF_8), PortalCalls.token(request), language);
                if (answer.isEmpty() || answer.get().status() != 200) {
                    return answer.isPresent() && answer.get().status() == 401 ? State.OFF : State.SILENT;
                }
                try {
                    Mentions found = jsonb.fromJson(answer.get().body(), Mentions.class);
                    mentions = found.topics() == null ? List.of() : found.topics().stream()
                            .filter(m -> m.title() != null && PortalCalls.portalPath(m.href()) != null).toList();
                    return State.SHOWN;
                } catch (RuntimeException e) {
                    return State.SILENT;
                }
            }).orElse(State.OFF);
        }
        return mentionsState;
    }

    public List<Mention> getMentions() {
        getMentionsState();
        return mentions;
    }

    private boolean on(String module, String areaSlug) {
        AreaMap map = areas.current();
        return map.bySlug(areaSlug).map(a -> map.isEnabled(module, a)).orElse(false);
    }
}
