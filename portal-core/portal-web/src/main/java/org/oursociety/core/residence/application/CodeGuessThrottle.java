package org.oursociety.core.residence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.core.identity.domain.ThrottleRules;
import org.oursociety.core.identity.infrastructure.ThrottleRepository.Count;
import org.oursociety.core.identity.infrastructure.ThrottleRepository.Kind;
import org.oursociety.core.identity.infrastructure.ThrottleRepository;
import org.oursociety.portal.api.rest.Refusal;

/**
 * Limits how many voting codes one user may try: {@code portal.residence.code-failures} (10) wrong
 * codes within 15 minutes lock that user's redeeming for 15 minutes. Codes are far too long to
 * guess; this keeps someone from trying anyway, and from hammering the database.
 *
 * <p>Counted in the sign-in throttle's table under its own kind, the same way: when the attempt
 * starts, in its own transaction (so the count survives a refusal that rolls the redemption back,
 * and parallel guesses cannot all slip past the limit), and forgiven when the code was good.
 */
@ApplicationScoped
public class CodeGuessThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    @Inject
    @ConfigProperty(name = "portal.residence.code-failures", defaultValue = "10")
    int failures;

    @Inject
    ThrottleRepository store;
    private final Clock clock = Clock.systemUTC();


    /**
     * Counts one attempt of this user.
     *
     * @throws Refusal (429) when the user has tried too many wrong codes lately
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = Refusal.class)
    public void count(UUID userId) {
        Instant now = clock.instant();
        try {
            Count count = store.count(Kind.RESIDENCE_CODE, userId.toString(), now, failures, WINDOW, LOCK);
            if (count.attempts() > failures && count.lockedUntil() != null && count.lockedUntil().isAfter(now)) {
                throw ResidenceRefusal.tooMany("code",
                        ThrottleRules.retryAfterSeconds(Duration.between(now, count.lockedUntil())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the code attempt", e);
        }
    }

    /** A good code takes its attempt back, lifting a lock that attempt set. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forgive(UUID userId) {
        try {
            store.forgive(Kind.RESIDENCE_CODE, userId.toString(), failures);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot forgive the code attempt", e);
        }
    }
}
