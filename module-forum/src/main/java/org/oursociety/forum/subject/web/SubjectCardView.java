package org.oursociety.forum.subject.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.forum.subject.application.SubjectService;
import org.oursociety.forum.subject.infrastructure.OwnerCards;
import org.oursociety.forum.subject.infrastructure.SubjectStore.SubjectTopic;
import org.oursociety.portal.api.home.SubjectCard;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.web.AnonymousPages;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * The card of the item a topic is about (a budget proposal), read live from the item's module with the
 * reader's own token, so the topic shows the proposal's current cost, phase and outcome. When that module is
 * off or does not answer, the page says so plainly and keeps the stored link.
 */
@Named
@RequestScoped
public class SubjectCardView {

    @Inject
    SubjectService subjects;

    @Inject
    OwnerCards owners;

    @Inject
    HttpServletRequest request;

    private Optional<SubjectTopic> subject;
    private SubjectCard card;

    /** The topic this page shows is about another module's item. */
    public boolean about(UUID topicId) {
        if (subject == null) {
            subject = topicId == null ? Optional.empty() : subjects.subjectOf(topicId);
            subject.ifPresent(s -> {
                // read live, and its module's changes never reach this WAR: not a page to keep for a second
                AnonymousPages.doNotKeep(request);
                OwnerCards.Answer answer = owners.card(s.module(), s.itemId(), PortalCalls.token(request),
                        Languages.of(request));
                if (answer instanceof OwnerCards.Found found) {
                    card = found.card();
                }
            });
        }
        return subject.isPresent();
    }

    /** The live card, or null when the item's module is off, down or no longer shows the item. */
    public SubjectCard getCard() {
        return card;
    }

    public String getItemHref() {
        return subject == null ? null : subject.map(SubjectTopic::itemHref).orElse(null);
    }
}
