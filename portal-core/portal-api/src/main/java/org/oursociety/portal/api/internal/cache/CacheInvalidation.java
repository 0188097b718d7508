package org.oursociety.portal.api.internal.cache;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The one place through which a cache of this WAR learns that what it holds has changed. A cache listens
 * to its {@link Topic}; whoever makes a change calls {@link #changed}, and every listening cache of this
 * WAR forgets at once, so the next request reads afresh. Other WARs (and, later, other instances) still
 * see the change within their caches' {@code maxAge} (2 s): passing a change on beyond this WAR is one
 * hook, {@link #sendBeyondThisWar}, for the cluster work (issue 13) to fill, and what arrives from there
 * comes in through {@link #received}. Nothing else may clear a cache, so that hook sees every change.
 *
 * <p>Static because the caches are made in several ways (CDI beans, producers, plain objects); each WAR
 * has its own copy of portal-api, so "static" means "this WAR".
 */
public final class CacheInvalidation {

    /** What changed. A key narrows it (a user id, an area slug); no key means all of it. */
    public enum Topic {
        /** Areas and module switches ({@code AreaDirectory}). */
        AREAS,
        /** Area roles and the area tree as access checks see it ({@code AreaAccess}). */
        AREA_ROLES,
        /** The module registry ({@code ActiveModules}). */
        MODULES,
        /** A user's home area (key: user id). */
        HOME_AREA,
        /** A user's verified residences (key: user id). */
        RESIDENCE,
        /** A user's preferred language (key: user id). */
        LANGUAGE,
        /** Signed-out sessions. */
        REVOCATIONS,
        /** What the modules' cards on an area's home page say (key: area slug). */
        MODULE_CARDS,
        /** A module's own remembered data ({@code cache.Remembered}; key: the cache's name, a colon, a key prefix). */
        MODULE_DATA
    }

    /** One change: a topic and, if only part of it changed, the key of that part ({@code null}: all). */
    public record Change(Topic topic, String key) {
        public Change {
            Objects.requireNonNull(topic);
        }
    }

    private static final Logger LOG = Logger.getLogger(CacheInvalidation.class.getName());
    private static final Map<Topic, List<Consumer<String>>> LISTENERS = new ConcurrentHashMap<>();
    private static volatile Consumer<Change> beyond = change -> {
    };

    private CacheInvalidation() {
    }

    /** Calls {@code forget} with the key (or {@code null} for all) on every change to the topic. */
    public static void listen(Topic topic, Consumer<String> forget) {
        LISTENERS.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(Objects.requireNonNull(forget));
    }

    /** All of the topic changed. */
    public static void changed(Topic topic) {
        changed(topic, null);
    }

    /** The part of the topic under {@code key} changed ({@code null}: all of it). */
    public static void changed(Topic topic, String key) {
        Change change = new Change(topic, key);
        applyHere(change);
        afterCommit(change);
        try {
            beyond.accept(change);
        } catch (RuntimeException e) {
            // The other WARs still see the change within their caches' maxAge.
            LOG.log(Level.WARNING, "Could not pass on a change to {0}: {1}", new Object[]{topic, e.getMessage()});
        }
    }

    /** A change made elsewhere (another WAR, another instance): applied here, not passed on again. */
    public static void received(Change change) {
        applyHere(change);
    }

    /** Where changes go beyond this WAR (by default nowhere). For the cluster's invalidation (issue 13). */
    public static void sendBeyondThisWar(Consumer<Change> sender) {
        beyond = Objects.requireNonNull(sender);
    }

    /**
     * Inside a transaction, forgets once more when it ends: a request that read between the change and
     * the commit would otherwise keep the old value for a whole {@code maxAge}.
     */
    private static void afterCommit(Change change) {
        try {
            TransactionSynchronizationRegistry tx = (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            if (tx.getTransactionStatus() == Status.STATUS_ACTIVE) {
                tx.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        applyHere(change);
                    }
                });
            }
        } catch (NamingException | RuntimeException e) {
            // Outside the container (tests, plain threads): nothing to wait for.
        }
    }

    private static void applyHere(Change change) {
        for (Consumer<String> forget : LISTENERS.getOrDefault(change.topic(), List.of())) {
            forget.accept(change.key());
        }
    }
}
