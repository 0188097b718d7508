package org.oursociety.budget.ballot.rest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oursociety.budget.ballot.domain.CastBallot;
import org.oursociety.budget.round.domain.BallotKind;

/** The JSON of ballots in the API. */
public final class BallotJson {

    private BallotJson() {
    }

    public record Receipt(String receipt) {
    }

    /** A paper ballot: the person (voting code, or name and postcode) and their choices. */
    public record Paper(String code, String name, String postcode, List<Long> projects, Map<String, Integer> points,
                        List<Long> ranking) {
    }

    public record Tally(long online, long paper, long total) {
    }

    /** The caller's ballot, in the shape they sent it. */
    public record Mine(String receipt, String channel, Instant castAt, List<Long> projects, Map<String, Integer> points,
                       List<Long> ranking) {

        public static Mine of(CastBallot b, BallotKind kind) {
            List<Long> projects = b.choice().projects();
            return switch (kind) {
                case CUMULATIVE -> {
                    Map<String, Integer> points = new LinkedHashMap<>();
                    for (int i = 0; i < projects.size(); i++) {
                        points.put(String.valueOf(projects.get(i)), b.choice().points().get(i));
                    }
                    yield new Mine(b.voterId(), b.channel().id(), b.castAt(), null, points, null);
                }
                case RANKED -> new Mine(b.voterId(), b.channel().id(), b.castAt(), null, null, projects);
                default -> new Mine(b.voterId(), b.channel().id(), b.castAt(), projects, null, null);
            };
        }
    }
}
