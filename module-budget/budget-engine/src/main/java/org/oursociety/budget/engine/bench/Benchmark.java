package org.oursociety.budget.engine.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.pabulib.ElectionReader;
import org.oursociety.budget.engine.rules.Counter;
import org.oursociety.budget.engine.rules.Outcome;
import org.oursociety.budget.engine.rules.RuleName;
import org.oursociety.budget.engine.rules.TieBreak;

/**
 * The figures bench/budget-engine.sh prints: a plain harness (warm-up, then the median of
 * timed repetitions) rather than a unit test, because timings on a shared machine are for
 * people to read, not for a build to fail on.
 *
 * <p>Usage: Benchmark WIELICZKA.pb [VOTERS PROJECTS]
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path wieliczka = Path.of(args[0]);
        int voters = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int projects = args.length > 2 ? Integer.parseInt(args[2]) : 150;

        Election w = ElectionReader.read(wieliczka);
        System.out.printf(Locale.ROOT, "Wieliczka 2023 (%d voters, %d projects), equalshares/add1:%n", w.voters(), w.projectCount());
        time("  count", 5, 15, () -> Counter.count(w, RuleName.EQUAL_SHARES_ADD1, TieBreak.DEFAULT));
        time("  count equalshares/add1-comparison", 2, 5, () -> Counter.count(w, RuleName.EQUAL_SHARES_ADD1_COMPARISON, TieBreak.DEFAULT));

        Path big = Files.createTempFile("budget-engine-bench", ".pb");
        try {
            generate(big, voters, projects, 20240601L);
            System.out.printf(Locale.ROOT, "generated approval election: %d voters, %d projects, %.1f MB%n", voters, projects,
                    Files.size(big) / 1e6);
            Election[] holder = new Election[1];
            time("  parse", 1, 3, () -> holder[0] = ElectionReader.read(big));
            Election e = holder[0];
            System.out.printf(Locale.ROOT, "  distinct ballots: %d%n", e.ballots().size());
            Outcome o = time("  count equalshares/add1", 1, 3, () -> Counter.count(e, RuleName.EQUAL_SHARES_ADD1, TieBreak.DEFAULT));
            long cost = o.selected().stream().mapToLong(p -> e.project(p).cost()).sum();
            System.out.printf(Locale.ROOT, "  funded %d projects for %d of %d; %d Equal Shares runs, per-voter budget %s%n",
                    o.selected().size(), cost, e.budget(), o.equalShares().runs(), o.equalShares().perVoterBudget().toDecimal(2).toPlainString());
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "  max heap %d MB%n", rt.maxMemory() / (1 << 20));
        } finally {
            Files.deleteIfExists(big);
        }
    }

    private interface Task<T> {
        T run() throws IOException;
    }

    private static <T> T time(String label, int warmup, int reps, Task<T> task) throws IOException {
        T result = null;
        for (int i = 0; i < warmup; i++) {
            result = task.run();
        }
        long[] ns = new long[reps];
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            result = task.run();
            ns[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%s: median %.3f s (best %.3f s, worst %.3f s, %d runs after %d warm-up)%n", label,
                ns[reps / 2] / 1e9, ns[0] / 1e9, ns[reps - 1] / 1e9, reps, warmup);
        return result;
    }

    /**
     * A city-like approval election: project popularity falls off like a power law, ballots
     * list 1 to 10 projects, costs run from 5,000 to 400,000 and the budget covers about a
     * third of the total cost.
     */
    public static void generate(Path file, int voters, int projects, long seed) throws IOException {
        Random random = new Random(seed);
        long[] cost = new long[projects];
        double[] weight = new double[projects];
        long total = 0;
        for (int p = 0; p < projects; p++) {
            cost[p] = 5_000 + random.nextInt(80) * 5_000L;
            weight[p] = 1.0 / Math.pow(p + 1, 0.8) * (0.5 + random.nextDouble());
            total += cost[p];
        }
        double[] cumulative = new double[projects];
        double sum = 0;
        for (int p = 0; p < projects; p++) {
            sum += weight[p];
            cumulative[p] = sum;
        }
        long budget = total / 3;
        SplittableRandom r = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("META\nkey;value\ndescription;generated benchmark election\ncountry;Testland\nunit;Benchville\n"
                    + "instance;2024\nnum_projects;" + projects + "\nnum_votes;" + voters + "\nbudget;" + budget
                    + "\nvote_type;approval\nrule;equalshares/add1\ndate_begin;01.06.2024\ndate_end;15.06.2024\n");
            out.write("PROJECTS\nproject_id;cost;name\n");
            for (int p = 0; p < projects; p++) {
                out.write((p + 1) + ";" + cost[p] + ";Project " + (p + 1) + "\n");
            }
            out.write("VOTES\nvoter_id;vote\n");
            boolean[] chosen = new boolean[projects];
            StringBuilder line = new StringBuilder();
            for (int v = 0; v < voters; v++) {
                int len = 1 + r.nextInt(10);
                line.setLength(0);
                line.append(v + 1).append(';');
                int picked = 0;
                while (picked < len) {
                    double x = r.nextDouble() * sum;
                    int p = java.util.Arrays.binarySearch(cumulative, x);
                    p = p < 0 ? -p - 1 : p;
                    p = Math.min(p, projects - 1);
                    if (!chosen[p]) {
                        chosen[p] = true;
                        line.append(picked > 0 ? "," : "").append(p + 1);
                        picked++;
                    }
                }
                java.util.Arrays.fill(chosen, false);
                out.write(line.append('\n').toString());
            }
        }
    }
}
