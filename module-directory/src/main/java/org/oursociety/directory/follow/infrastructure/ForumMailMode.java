package org.oursociety.directory.follow.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * The member's forum mail setting ({@code GET /forum/api/me/forum-mail}, with the member's own token): the
 * portal's one answer to "how do you want to be mailed". Empty when the forum does not answer.
 */
@ApplicationScoped
public class ForumMailMode {

    static final List<String> MODES = List.of("immediate", "daily", "weekly", "none");

    /** The forum's JSON. */
    public record Mode(String mode) {
    }

    @Inject
    PortalCalls calls;

    private final Jsonb jsonb = JsonbBuilder.create();

    public Optional<String> of(Optional<String> token) {
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return calls.get("/forum/api/me/forum-mail", token, Locale.ENGLISH)
                .filter(a -> a.status() == 200)
                .flatMap(a -> {
                    try {
                        return Optional.ofNullable(jsonb.fromJson(a.body(), Mode.class).mode());
                    } catch (RuntimeException e) {
                        return Optional.empty();
                    }
                })
                .filter(MODES::contains);
    }
}
