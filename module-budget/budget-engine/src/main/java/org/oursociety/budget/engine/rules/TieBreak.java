package org.oursociety.budget.engine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.oursociety.budget.engine.election.Election;

/**
 * How equal candidates are ordered, as a list of keys tried in turn. The default is the one
 * the issue and the Equal Shares reference use: lower cost first, then more votes, then the
 * project id (numeric ids compared as numbers). The id always closes the list so that every
 * count is deterministic.
 */
public record TieBreak(List<Key> keys) {

    public enum Key {
        COST("cost", "lower cost first"),
        COST_DESC("cost-desc", "higher cost first"),
        VOTES("votes", "more votes first"),
        VOTES_ASC("votes-asc", "fewer votes first"),
        ID("id", "lower project id first"),
        FILE_ORDER("file-order", "earlier in the PROJECTS section first");

        private final String name;
        private final String meaning;

        Key(String name, String meaning) {
            this.name = name;
            this.meaning = meaning;
        }

        public String keyName() {
            return name;
        }

        public String meaning() {
            return meaning;
        }
    }

    public static final TieBreak DEFAULT = new TieBreak(List.of(Key.COST, Key.VOTES, Key.ID));

    public TieBreak {
        List<Key> k = new ArrayList<>(keys);
        if (!k.contains(Key.ID) && !k.contains(Key.FILE_ORDER)) {
            k.add(Key.ID);
        }
        keys = List.copyOf(k);
    }

    /** Parses "cost,votes,id" and the like. */
    public static TieBreak parse(String spec) {
        List<Key> keys = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            Key found = null;
            for (Key k : Key.values()) {
                if (k.name.equals(p)) {
                    found = k;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("unknown tie-break key '" + part.strip()
                        + "' (use cost, cost-desc, votes, votes-asc, id, file-order)");
            }
            keys.add(found);
        }
        return new TieBreak(keys);
    }

    public String describe() {
        return String.join(", then ", keys.stream().map(Key::meaning).toList());
    }

    /** Orders project indices: the project that wins a tie comes first. */
    public Comparator<Integer> comparator(Election e, long[] votes) {
        Comparator<Integer> c = (a, b) -> 0;
        for (Key k : keys) {
            Comparator<Integer> next = switch (k) {
                case COST -> Comparator.comparingLong(i -> e.project(i).cost());
                case COST_DESC -> Comparator.<Integer>comparingLong(i -> e.project(i).cost()).reversed();
                case VOTES -> Comparator.<Integer>comparingLong(i -> votes[i]).reversed();
                case VOTES_ASC -> Comparator.comparingLong(i -> votes[i]);
                case ID -> (a, b) -> compareIds(e.project(a).id(), e.project(b).id());
                case FILE_ORDER -> Comparator.comparingInt(i -> i);
            };
            c = c.thenComparing(next);
        }
        return c.thenComparingInt(i -> i);
    }

    static int compareIds(String a, String b) {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
            int c = new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 30) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
