package org.oursociety.forum.subject.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.portal.api.home.SubjectCard;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * Reads an item's card from the module that owns it ({@code /{module}/api/subjects/{id}}). The answer is
 * either the card, "no such public item", or "the owner did not answer" (off, slow, down).
 */
@ApplicationScoped
public class OwnerCards {

    private static final Logger LOG = Logger.getLogger(OwnerCards.class.getName());

    /** The owner's answer. */
    public sealed interface Answer permits Found, Missing, Silent {
    }

    public record Found(SubjectCard card) implements Answer {
    }

    public record Missing() implements Answer {
    }

    public record Silent() implements Answer {
    }

    @Inject
    PortalCalls calls;

    private final Jsonb jsonb = JsonbBuilder.create();

    public Answer card(String module, String itemId, Optional<String> token, Locale language) {
        String path = "/" + module + "/api/subjects/" + URLEncoder.encode(itemId, StandardCharsets.UTF_8)
                + "?lang=" + language.getLanguage();
        Optional<PortalCalls.Answer> answer = calls.get(path, token, language);
        if (answer.isEmpty() || answer.get().status() >= 500) {
            return new Silent();
        }
        if (answer.get().status() != 200) {
            return new Missing();
        }
        try {
            SubjectCard card = jsonb.fromJson(answer.get().body(), SubjectCard.class);
            if (card == null || card.title() == null || card.area() == null
                    || PortalCalls.portalPath(card.href()) == null) {
                return new Missing();
            }
            return new Found(card);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Module {0} sent a card that is not one: {1}", new Object[]{module, e.getMessage()});
            return new Silent();
        }
    }
}
