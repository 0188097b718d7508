package org.oursociety.budget.ballot.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.oursociety.budget.ballot.application.BallotRequest;
import org.oursociety.budget.ballot.domain.BallotChoice;
import org.oursociety.budget.round.domain.BallotKind;

/**
 * A ballot as text, kept between the steps of the ballot pages in the session ({@link Drafts}) and in the
 * review form's hidden field: {@code 12,15} (projects, in rank order for a ranked ballot) or
 * {@code 12:7,15:3} (cumulative points).
 */
public final class ChoiceCode {

    private ChoiceCode() {
    }

    public static String encode(BallotChoice choice) {
        StringJoiner out = new StringJoiner(",");
        for (int i = 0; i < choice.projects().size(); i++) {
            out.add(choice.points() == null ? String.valueOf(choice.projects().get(i))
                    : choice.projects().get(i) + ":" + choice.points().get(i));
        }
        return out.toString();
    }

    /** Reads a code leniently: anything unreadable is left out, and the service checks what remains. */
    public static BallotRequest decode(String code, BallotKind kind) {
        List<Long> ids = new ArrayList<>();
        Map<String, Integer> points = new LinkedHashMap<>();
        if (code != null && code.length() <= 4000) {
            for (String part : code.split(",")) {
                String[] f = part.strip().split(":");
                try {
                    long id = Long.parseLong(f[0]);
                    ids.add(id);
                    if (f.length > 1) {
                        points.put(String.valueOf(id), Integer.parseInt(f[1]));
                    }
                } catch (NumberFormatException e) {
                    // left out
                }
            }
        }
        return switch (kind) {
            case CUMULATIVE -> new BallotRequest(null, points, null);
            case RANKED -> new BallotRequest(null, null, ids);
            default -> new BallotRequest(ids, null, null);
        };
    }
}
