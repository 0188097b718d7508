package org.oursociety.budget.result.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Why a count funded a project or not, as the engine's explanation kind ({@code equalshares.funded},
 * {@code equalshares.not-funded}, {@code greedy.did-not-fit}, ...) and its facts (amounts in pounds,
 * rounds, project ids of the published file), which pages and the API put into words in the reader's
 * language. A completion's explanation carries the Equal Shares one it overrides as {@code inner}.
 */
public record Explanation(String kind, Map<String, String> facts, Explanation inner) {

    public Explanation {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public Explanation(String kind, Map<String, String> facts) {
        this(kind, facts, null);
    }

    public Optional<String> fact(String key) {
        return Optional.ofNullable(facts.get(key)).filter(v -> !v.isEmpty());
    }

    public String get(String key) {
        return facts.getOrDefault(key, "");
    }

    /** Stored as lines: the kind, then key=value, then "inner" and the inner explanation's lines. */
    public String encode() {
        StringBuilder out = new StringBuilder(kind);
        facts.forEach((k, v) -> out.append('\n').append(k).append('=').append(v.replace('\n', ' ')));
        if (inner != null) {
            out.append("\ninner\n").append(inner.encode());
        }
        return out.toString();
    }

    public static Explanation decode(String stored) {
        int innerAt = stored.indexOf("\ninner\n");
        String own = innerAt < 0 ? stored : stored.substring(0, innerAt);
        Explanation inner = innerAt < 0 ? null : decode(stored.substring(innerAt + 7));
        String[] lines = own.split("\n");
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq > 0) {
                facts.put(lines[i].substring(0, eq), lines[i].substring(eq + 1));
            }
        }
        return new Explanation(lines[0], facts, inner);
    }

    public boolean funded() {
        return kind.endsWith(".funded");
    }
}
