package org.oursociety.budget.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.budget.organisation.infrastructure.BackingStore.Backing;
import org.oursociety.portal.api.web.PortalCalls;

/**
 * What the budget asks the directory: which organisations the caller edits ({@code GET /directory/api/me/organizations},
 * with the caller's own token, so the directory answers for that person only), and "this organisation has a new
 * proposal" ({@code PUT /directory/api/follows/{id}/proposals/{proposal}}, anonymous: the directory reads the
 * proposal back from the budget before it believes it).
 */
@ApplicationScoped
public class DirectoryOrganisations {

    private static final Logger LOG = Logger.getLogger(DirectoryOrganisations.class.getName());

    /** One organisation as the directory's API lists it. */
    public record Organisation(String id, String name, String href) {
    }

    /** The directory's list of the caller's organisations. */
    public record Editable(List<Organisation> organizations) {
    }

    @Inject
    PortalCalls calls;

    private final Jsonb jsonb = JsonbBuilder.create();

    /** The organisations the token's holder edits; empty when the directory did not answer. */
    public Optional<List<Backing>> editedBy(Optional<String> token) {
        if (token.isEmpty()) {
            return Optional.of(List.of());
        }
        Optional<PortalCalls.Answer> answer = calls.get("/directory/api/me/organizations", token, Locale.ENGLISH);
        if (answer.isEmpty() || answer.get().status() != 200) {
            return Optional.empty();
        }
        try {
            Editable editable = jsonb.fromJson(answer.get().body(), Editable.class);
            return Optional.of(editable.organizations() == null ? List.of() : editable.organizations().stream()
                    .filter(o -> o.id() != null && o.name() != null && PortalCalls.portalPath(o.href()) != null)
                    .map(o -> new Backing(o.id(), o.name(), o.href())).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The directory sent a list that is not one: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Tells the directory (for the organisation's followers); a directory that is down simply misses it. */
    public void tellNewProposal(String organisationId, long proposalId) {
        calls.put("/directory/api/follows/" + URLEncoder.encode(organisationId, StandardCharsets.UTF_8)
                .replace("+", "%20") + "/proposals/" + proposalId, "{}", Optional.empty());
    }
}
