package org.oursociety.budget.engine;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.explain.English;
import org.oursociety.budget.engine.pabulib.ElectionReader;
import org.oursociety.budget.engine.rules.Outcome;

/** Test helpers: elections from text or from the real files, and outcomes as project ids. */
public final class Elections {
    public static final List<String> REAL = List.of(
            "Poland_Warszawa_2019_Brodno-Podgrodzie.pb",
            "Poland_Czestochowa_2024_Stare_Miasto.pb",
            "Poland_Krakow_2019_Bienczyce.pb",
            "Poland_Warszawa_2026_Stare_Bielany.pb",
            "Poland_Katowice_2023_Zarzecze.pb",
            "Poland_Gdynia_2024_Redlowo__large.pb",
            "Poland_Wroclaw_2017_Rejon_nr_11_750.pb",
            "Poland_Wieliczka_2023_Green_Budget.pb");

    private Elections() {
    }

    public static Path real(String name) {
        try {
            return Path.of(Elections.class.getResource("/pabulib/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Election parse(String text) {
        return ElectionReader.read(new StringReader(text));
    }

    /**
     * A small election: {@code projects} as "id:cost" pairs, ballots as approval lists such as
     * "a,b" (repeat a string for several voters).
     */
    public static Election approval(long budget, String projects, String... ballots) {
        return build("approval", budget, "", projects, null, ballots);
    }

    public static Election build(String voteType, long budget, String extraMeta, String projects, String[] points,
                                 String... ballots) {
        StringBuilder sb = new StringBuilder();
        String[] ps = projects.isBlank() ? new String[0] : projects.split(" ");
        sb.append("META\nkey;value\ndescription;test\ncountry;Testland\nunit;Testville\ninstance;2024\n")
                .append("num_projects;").append(ps.length).append('\n')
                .append("num_votes;").append(ballots.length).append('\n')
                .append("budget;").append(budget).append('\n')
                .append("vote_type;").append(voteType).append("\nrule;greedy\ndate_begin;01.01.2024\ndate_end;02.01.2024\n")
                .append(extraMeta)
                .append("PROJECTS\nproject_id;cost\n");
        for (String p : ps) {
            String[] kv = p.split(":");
            sb.append(kv[0]).append(';').append(kv[1]).append('\n');
        }
        sb.append(points == null ? "VOTES\nvoter_id;vote\n" : "VOTES\nvoter_id;vote;points\n");
        for (int i = 0; i < ballots.length; i++) {
            sb.append(i + 1).append(';').append(ballots[i]);
            if (points != null) {
                sb.append(';').append(points[i]);
            }
            sb.append('\n');
        }
        return parse(sb.toString());
    }

    public static List<String> ids(Election e, Outcome o) {
        return o.selected().stream().map(p -> e.project(p).id()).toList();
    }

    public static String reason(Election e, Outcome o, String id) {
        return English.reason(e, o.projects().get(e.project(id).orElseThrow().index()).explanation());
    }
}
