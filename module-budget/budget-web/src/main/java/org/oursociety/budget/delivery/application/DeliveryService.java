package org.oursociety.budget.delivery.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.budget.delivery.domain.DeliveryStatus;
import org.oursociety.budget.delivery.domain.DeliveryUpdate;
import org.oursociety.budget.delivery.infrastructure.DeliveryStore;
import org.oursociety.budget.platform.BudgetText;
import org.oursociety.budget.proposal.domain.Proposal;
import org.oursociety.budget.proposal.infrastructure.ProposalStore;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.budget.round.infrastructure.RoundStore;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.mail.MailQueue;
import org.oursociety.portal.api.mail.ModuleMail;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.text.UserText;

/**
 * Delivery of funded projects: managers post dated updates (status, progress, text) once a round has
 * results; anyone signed in follows a project and is mailed its updates, in the same transaction.
 */
@ApplicationScoped
public class DeliveryService {

    private static final int MAX_TEXT = 10_000;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    AreaAccess access;

    @Inject
    MailQueue mail;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();
    private final UserText userText = new UserText();
    private DeliveryStore store;
    private ProposalStore proposals;
    private RoundStore rounds;

    @PostConstruct
    void init() {
        store = new DeliveryStore(dataSource);
        proposals = new ProposalStore(dataSource);
        rounds = new RoundStore(dataSource);
    }

    @Transactional
    public DeliveryUpdate update(PortalUser user, long proposalId, String status, Integer progress, String text) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        Proposal p = proposals.lock(proposalId).orElseThrow(Refusal::notFound);
        Round round = rounds.find(p.roundId()).orElseThrow();
        if (!access.can(user, BudgetText.MANAGE, round.areaSlug())) {
            throw Refusal.notAllowed();
        }
        if (!round.hasResults() || !store.funded(proposalId)) {
            throw BudgetText.refuse(Refusal.Kind.CONFLICT, "delivery.not-funded");
        }
        DeliveryStatus s = DeliveryStatus.byId(status).orElseThrow(() -> BudgetText.invalid("status", "delivery.status-invalid"));
        if (progress == null || progress < 0 || progress > 100 || (s == DeliveryStatus.DONE && progress != 100)) {
            throw BudgetText.invalid("progress", "delivery.progress-range");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw BudgetText.invalid("text", "delivery.text", MAX_TEXT);
        }
        Instant now = clock.instant();
        DeliveryUpdate update = new DeliveryUpdate(0, proposalId, s, progress, userText.render(text), now);
        store.add(update, user.id());
        audit.record(AuditEvent.of("budget.delivery-updated", "proposal", String.valueOf(proposalId), p.title())
                .inArea(round.areaSlug()).with("status", s.id()).with("progress", String.valueOf(progress)));
        for (UUID follower : store.followers(proposalId)) {
            mail.recipient(follower).ifPresent(r -> {
                ResourceBundle words = ResourceBundle.getBundle(BudgetText.BUNDLE, r.language());
                String link = mail.link("/budget/" + round.areaSlug() + "/proposal.xhtml?id=" + proposalId);
                String subject = MessageFormat.format(words.getString("mail.delivery.subject"), p.title());
                String body = MessageFormat.format(words.getString("mail.delivery.body"), r.displayName(), p.title(),
                        words.getString("delivery." + s.id()), progress, text.strip(), link);
                mail.queue(ModuleMail.text(r.email(), subject, body, "budget-delivery"));
            });
        }
        return update;
    }

    public List<DeliveryUpdate> updates(long proposalId) {
        return store.of(proposalId);
    }

    @Transactional
    public boolean follow(PortalUser user, long proposalId, boolean on) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        proposals.find(proposalId).orElseThrow(Refusal::notFound);
        if (on) {
            store.follow(proposalId, user.id(), clock.instant());
        } else {
            store.unfollow(proposalId, user.id());
        }
        return on;
    }

    public boolean follows(PortalUser user, long proposalId) {
        return user != null && store.follows(proposalId, user.id());
    }

    public boolean funded(long proposalId) {
        return store.funded(proposalId);
    }

    public List<Long> followedBy(UUID userId) {
        return store.followedBy(userId);
    }
}
