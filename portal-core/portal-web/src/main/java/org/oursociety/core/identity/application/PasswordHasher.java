package org.oursociety.core.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 through Jakarta Security, with 210,000 iterations (OWASP's 2023 figure) or more
 * ({@code portal.password.iterations}). A stored hash records its own iterations
 * ({@code PBKDF2WithHmacSHA256:210000:salt:hash}), so raising the setting keeps old hashes working, and
 * {@link #needsRehash} tells sign-in to store a stronger one while it has the password in hand.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "portal.password.iterations", defaultValue = "210000")
    int configuredIterations;

    private int iterations;

    /** Compared against when the email is unknown, so a wrong address costs the same time as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        iterations = Math.max(MIN_ITERATIONS, configuredIterations);
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-for-timing".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    public void spendTheSameTime(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }

    /** Whether a stored hash is weaker than what this portal now makes. */
    public boolean needsRehash(String hash) {
        return needsRehash(hash, iterations);
    }

    static boolean needsRehash(String hash, int wantedIterations) {
        String[] parts = hash == null ? new String[0] : hash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < wantedIterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
