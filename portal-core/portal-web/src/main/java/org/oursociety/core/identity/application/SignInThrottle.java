package org.oursociety.core.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditActions;
import org.oursociety.core.audit.domain.AuditTarget;
import org.oursociety.core.identity.domain.EmailAddress;
import org.oursociety.core.identity.domain.ThrottleRules;
import org.oursociety.core.identity.infrastructure.ThrottleRepository.Count;
import org.oursociety.core.identity.infrastructure.ThrottleRepository.Kind;
import org.oursociety.core.identity.infrastructure.ThrottleRepository;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.web.ClientAddress;

/**
 * Limits failed sign-ins per email and per client address (settings {@code PORTAL_SIGNIN_*}).
 *
 * <p>An attempt is counted when it starts ({@link #begin}), before the password is checked, and
 * taken back when it succeeds ({@link #finish}): counting only after the slow password check would
 * let a burst of parallel guesses all pass the check before any failure is written. An email with
 * too many attempts is refused whether or not it has an account, and before any account is looked
 * up, so the answer tells nobody who is a member.
 *
 * <p>Each step runs in its own short transaction: the counters must stay counted when the sign-in
 * fails (and its transaction rolls back), and their row locks must not be held across the password
 * hash, which would queue every sign-in from one address behind each other.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
    private static final long PURGE_EVERY_MILLIS = Duration.ofMinutes(10).toMillis();

    @Inject
    AuditLog audit;

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "portal.signin.email-failures", defaultValue = "5")
    int emailFailures;

    @Inject
    @ConfigProperty(name = "portal.signin.address-failures", defaultValue = "50")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "portal.signin.window-minutes", defaultValue = "15")
    long windowMinutes;

    @Inject
    @ConfigProperty(name = "portal.signin.lock-minutes", defaultValue = "15")
    long lockMinutes;

    @Inject
    ThrottleRepository store;
    private ThrottleRules rules;
    private Clock clock = Clock.systemUTC();
    private final AtomicLong lastPurge = new AtomicLong();

    /** For CDI; the settings are read in {@link #init()}. */
    public SignInThrottle() {
    }

    /** Outside the container (tests): no request, so every attempt names its address. */
    public SignInThrottle(ThrottleRepository store, ThrottleRules rules, AuditLog audit, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @PostConstruct
    void init() {
        rules = new ThrottleRules(emailFailures, addressFailures, Duration.ofMinutes(windowMinutes),
                Duration.ofMinutes(lockMinutes));
    }

    /**
     * Counts an attempt for this email from the current request's address.
     *
     * @return the attempt, to {@link #finish} once the password has been checked
     * @throws Refusal (429, with {@code Retry-After}) when the email or the address is locked
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = Refusal.class)
    public Attempt begin(String email) {
        return begin(email, clientAddress.current().orElse(null));
    }

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = Refusal.class)
    public Attempt begin(String email, String address) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        try {
            String subject = limit(EmailAddress.normalise(email));
            Count byEmail = store.count(Kind.EMAIL, subject, now, rules.emailFailures(), rules.window(), rules.lock());
            Count byAddress = address == null ? null
                    : store.count(Kind.ADDRESS, address, now, rules.addressFailures(), rules.window(), rules.lock());
            Duration wait = refusal(byEmail, rules.emailFailures(), now);
            if (byAddress != null) {
                Duration addressWait = refusal(byAddress, rules.addressFailures(), now);
                if (addressWait != null && (wait == null || addressWait.compareTo(wait) > 0)) {
                    wait = addressWait;
                }
            }
            if (wait != null) {
                // Both counts stay written: dontRollbackOn lets this transaction commit.
                throw refused(wait);
            }
            return new Attempt(subject, address, byEmail.attempts() == rules.emailFailures(),
                    byAddress != null && byAddress.attempts() == rules.addressFailures(), byEmail.lockedUntil(),
                    byAddress == null ? null : byAddress.lockedUntil());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the sign-in attempt", e);
        }
    }

    /**
     * Records how the attempt ended. A success clears the email's counter and takes the attempt off the
     * address's; a failure that reached a limit writes the lock to the audit log.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(Attempt attempt, boolean succeeded) {
        try {
            if (succeeded) {
                store.reset(Kind.EMAIL, attempt.email());
                if (attempt.address() != null) {
                    store.forgive(Kind.ADDRESS, attempt.address(), rules.addressFailures());
                }
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the sign-in counter", e);
        }
        for (Lock lock : attempt.locks()) {
            audit.recordAnonymous(AuditActions.SIGNIN_LOCKED, lock.target(), attempt.address(), Map.of(
                    "lockedUntil", lock.until().toString(),
                    "failures", Integer.toString(lock.kind() == Kind.EMAIL ? rules.emailFailures() : rules.addressFailures())));
            LOG.info(() -> "Sign-in locked for the " + lock.kind().name().toLowerCase() + " " + lock.target().label()
                    + " until " + lock.until());
        }
    }

    public ThrottleRules rules() {
        return rules;
    }

    /** No address is longer; a longer "email" is still counted, under its first characters. */
    private static String limit(String email) {
        return email.length() > 254 ? email.substring(0, 254) : email;
    }

    private static Duration refusal(Count count, int limit, Instant now) {
        if (count.attempts() <= limit || count.lockedUntil() == null || !count.lockedUntil().isAfter(now)) {
            return null;
        }
        return Duration.between(now, count.lockedUntil());
    }

    private void purgeNowAndThen(Instant now) {
        long last = lastPurge.get();
        if (now.toEpochMilli() - last < PURGE_EVERY_MILLIS || !lastPurge.compareAndSet(last, now.toEpochMilli())) {
            return;
        }
        try {
            store.purge(now, rules.window().plus(rules.lock()));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot purge old sign-in counters: {0}", e.getMessage());
        }
    }

    /**
     * One counted sign-in attempt.
     *
     * @param emailLocksIfFails   this attempt was the last one the email's limit allows; if it fails the email is locked
     * @param addressLocksIfFails the same for the address
     */
    public record Attempt(String email, String address, boolean emailLocksIfFails, boolean addressLocksIfFails,
                          Instant emailLockedUntil, Instant addressLockedUntil) {

        List<Lock> locks() {
            List<Lock> locks = new ArrayList<>();
            if (emailLocksIfFails) {
                locks.add(new Lock(Kind.EMAIL, new AuditTarget("email", email, email), emailLockedUntil));
            }
            if (addressLocksIfFails) {
                locks.add(new Lock(Kind.ADDRESS, new AuditTarget("address", address, address), addressLockedUntil));
            }
            return locks;
        }
    }

    private record Lock(Kind kind, AuditTarget target, Instant until) {
    }

    /**
     * 429 with {@code Retry-After} in whole seconds and a problem that says when to try again, in whole
     * minutes. The same for every email, account or not.
     */
    static Refusal refused(Duration wait) {
        long seconds = ThrottleRules.retryAfterSeconds(wait);
        long minutes = Math.max(1, (seconds + 59) / 60);
        return Refusal.tooMany(CoreRefusal.message("sign-in.throttled", minutes), Duration.ofSeconds(seconds));
    }
}
