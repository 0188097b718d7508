package org.oursociety.budget.engine.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oursociety.budget.engine.election.Election;
import org.oursociety.budget.engine.explain.Json;
import org.oursociety.budget.engine.explain.Report;
import org.oursociety.budget.engine.pabulib.DocumentReader;
import org.oursociety.budget.engine.pabulib.ElectionReader;
import org.oursociety.budget.engine.pabulib.PbFormatException;
import org.oursociety.budget.engine.pabulib.PbWriter;
import org.oursociety.budget.engine.pabulib.Problem;
import org.oursociety.budget.engine.pabulib.Validator;
import org.oursociety.budget.engine.rules.Counter;
import org.oursociety.budget.engine.rules.Outcome;
import org.oursociety.budget.engine.rules.ProjectResult;
import org.oursociety.budget.engine.rules.RuleException;
import org.oursociety.budget.engine.rules.RuleName;
import org.oursociety.budget.engine.rules.TieBreak;

/**
 * budget-engine command line. Exit codes: 0 done; 1 validate found problems; 2 a file could
 * not be read (or the command line is wrong); 3 a file declares a rule that cannot be
 * reproduced from the file alone. Errors are one line each, never a stack trace.
 */
public final class Main {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int UNREADABLE = 2;
    static final int NOT_REPRODUCIBLE = 3;

    /** A count whose sums would overflow: costs, points or voters far beyond any real election. */
    static final String TOO_LARGE = "its costs, points and voters are too large together to count exactly";

    private static final String USAGE = """
            usage: budget-engine count FILE.pb... [--rule NAME] [--format json|text] [--tie-break KEYS]
                   budget-engine validate FILE.pb
                   budget-engine compare FILE.pb --rules NAME,NAME[,...] [--format text|json] [--tie-break KEYS]
                   budget-engine normalize FILE.pb        (rewrite the file strictly to standard output)
            rules: %s
            tie-break keys (default cost,votes,id): cost, cost-desc, votes, votes-asc, id, file-order
            exit: 0 done, 1 invalid file (validate), 2 unreadable file or bad arguments, 3 rule not reproducible
            """.formatted(RuleName.known());

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, out, err);
        } catch (RuntimeException | Error e) {
            // A bug must still not greet the user with a stack trace.
            err.println("budget-engine: internal error: " + e);
            code = 70;
        }
        out.flush();
        System.exit(code);
    }

    /** Runs one command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("budget-engine: " + e.getMessage());
            err.print(USAGE);
            return UNREADABLE;
        }
        return switch (opts.command) {
            case "help" -> {
                out.print(USAGE);
                yield OK;
            }
            case "count" -> count(opts, out, err);
            case "validate" -> validate(opts, out, err);
            case "compare" -> compare(opts, out, err);
            case "normalize" -> normalize(opts, out, err);
            default -> throw new IllegalStateException();
        };
    }

    private static final class Options {
        String command;
        final List<String> files = new ArrayList<>();
        String rule;
        List<String> rules;
        String format;
        TieBreak tieBreak = TieBreak.DEFAULT;

        static Options parse(String[] args) {
            Options o = new Options();
            if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
                o.command = "help";
                return o;
            }
            o.command = args[0];
            if (!List.of("count", "validate", "compare", "normalize").contains(o.command)) {
                throw new IllegalArgumentException("unknown command '" + o.command + "'");
            }
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                String value = null;
                if (a.startsWith("--") && a.contains("=")) {
                    value = a.substring(a.indexOf('=') + 1);
                    a = a.substring(0, a.indexOf('='));
                }
                if (a.startsWith("--")) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(a + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (a) {
                        case "--rule" -> o.rule = value;
                        case "--rules" -> o.rules = List.of(value.split(","));
                        case "--format" -> {
                            if (!value.equals("json") && !value.equals("text")) {
                                throw new IllegalArgumentException("--format is json or text, not '" + value + "'");
                            }
                            o.format = value;
                        }
                        case "--tie-break" -> o.tieBreak = TieBreak.parse(value);
                        default -> throw new IllegalArgumentException("unknown option " + a);
                    }
                } else {
                    o.files.add(a);
                }
            }
            if (o.files.isEmpty()) {
                throw new IllegalArgumentException(o.command + " needs a .pb file");
            }
            if (!o.command.equals("count") && o.files.size() > 1) {
                throw new IllegalArgumentException(o.command + " takes one file");
            }
            if (o.rule != null && RuleName.parse(o.rule).isEmpty()) {
                throw new IllegalArgumentException("unknown rule '" + o.rule + "'; rules: " + RuleName.known());
            }
            if (o.command.equals("compare")) {
                if (o.rules == null || o.rules.size() < 2) {
                    throw new IllegalArgumentException("compare needs --rules with at least two rules, e.g. --rules greedy,equalshares/add1");
                }
                for (String r : o.rules) {
                    if (RuleName.parse(r).isEmpty()) {
                        throw new IllegalArgumentException("unknown rule '" + r + "'; rules: " + RuleName.known());
                    }
                }
            }
            return o;
        }
    }

    /** Reads a file for counting, or says on one line why it cannot be read. */
    private static Election read(String file) {
        try {
            return ElectionReader.read(Path.of(file));
        } catch (UncheckedIOException e) {
            throw new Unreadable(ioMessage(file, e.getCause()));
        } catch (PbFormatException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    private static String ioMessage(String file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (Files.isDirectory(Path.of(file))) {
            return "is a directory, not a .pb file";
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "not UTF-8 text";
        }
        return "cannot be read: " + e.getMessage();
    }

    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private static int count(Options opts, PrintStream out, PrintStream err) {
        boolean json = !"text".equals(opts.format);
        int code = OK;
        for (String file : opts.files) {
            try {
                Election e = read(file);
                RuleName rule = opts.rule != null ? RuleName.parse(opts.rule).orElseThrow() : Counter.resolveDeclared(e);
                Outcome outcome = Counter.count(e, rule, opts.tieBreak);
                Report report = new Report(file, e, outcome);
                out.println(json ? report.toJson() : report.toText());
            } catch (Unreadable ex) {
                code = Math.max(code, UNREADABLE);
                fail(json, file, ex.getMessage(), out, err);
            } catch (RuleException ex) {
                boolean declared = opts.rule == null && ex.getMessage().startsWith("the file declares");
                code = declared && code != UNREADABLE ? NOT_REPRODUCIBLE : UNREADABLE;
                fail(json, file, ex.getMessage(), out, err);
            } catch (ArithmeticException ex) {
                code = UNREADABLE;
                fail(json, file, TOO_LARGE, out, err);
            }
            out.flush();
        }
        return code;
    }

    private static void fail(boolean json, String file, String message, PrintStream out, PrintStream err) {
        if (json) {
            out.println(Json.error(file, message));
        } else {
            err.println(file + ": " + message);
        }
    }

    private static int validate(Options opts, PrintStream out, PrintStream err) {
        String file = opts.files.get(0);
        List<Problem> problems;
        try {
            problems = Validator.validate(Path.of(file));
        } catch (UncheckedIOException e) {
            err.println(file + ": " + ioMessage(file, e.getCause()));
            return UNREADABLE;
        } catch (PbFormatException e) {
            err.println(file + ": " + e.getMessage());
            return UNREADABLE;
        }
        if ("json".equals(opts.format)) {
            StringBuilder sb = new StringBuilder("{\"file\":").append(Json.string(file)).append(",\"valid\":")
                    .append(problems.isEmpty()).append(",\"problems\":[");
            for (int i = 0; i < problems.size(); i++) {
                sb.append(i > 0 ? "," : "").append("{\"line\":").append(problems.get(i).line())
                        .append(",\"message\":").append(Json.string(problems.get(i).message())).append('}');
            }
            out.println(sb.append("]}"));
        } else if (problems.isEmpty()) {
            out.println(file + ": valid");
        } else {
            for (Problem p : problems) {
                out.println(file + ":" + p.line() + ": " + p.message());
            }
            out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        }
        return problems.isEmpty() ? OK : INVALID;
    }

    private static int compare(Options opts, PrintStream out, PrintStream err) {
        String file = opts.files.get(0);
        Election e;
        try {
            e = read(file);
        } catch (Unreadable ex) {
            err.println(file + ": " + ex.getMessage());
            return UNREADABLE;
        }
        Map<String, Report> reports = new LinkedHashMap<>();
        for (String r : opts.rules) {
            RuleName rule = RuleName.parse(r).orElseThrow();
            try {
                reports.put(rule.pabulibName(), new Report(file, e, Counter.count(e, rule, opts.tieBreak)));
            } catch (RuleException ex) {
                err.println(file + ": " + rule.pabulibName() + ": " + ex.getMessage());
                return UNREADABLE;
            } catch (ArithmeticException ex) {
                err.println(file + ": " + TOO_LARGE);
                return UNREADABLE;
            }
        }
        out.print("json".equals(opts.format) ? Comparison.json(file, e, reports) : Comparison.text(file, e, reports));
        return OK;
    }

    private static int normalize(Options opts, PrintStream out, PrintStream err) {
        String file = opts.files.get(0);
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            PbWriter.write(DocumentReader.read(Path.of(file)), w);
            w.flush();
            return OK;
        } catch (UncheckedIOException e) {
            err.println(file + ": " + ioMessage(file, e.getCause()));
        } catch (PbFormatException e) {
            err.println(file + ": " + e.getMessage());
        } catch (IOException e) {
            err.println(file + ": " + e.getMessage());
        }
        return UNREADABLE;
    }

    /** Rendering of compare: outcomes side by side and what differs. */
    static final class Comparison {
        private Comparison() {
        }

        static String text(String file, Election e, Map<String, Report> reports) {
            StringBuilder sb = new StringBuilder();
            sb.append(file).append(": ").append(e.meta("unit").orElse("?")).append(' ')
                    .append(e.meta("instance").orElse("")).append(", budget ").append(e.money(e.budget()))
                    .append(", ").append(e.voters()).append(" voters\n");
            for (var w : e.warnings()) {
                sb.append("warning: line ").append(w.line()).append(": ").append(w.message()).append('\n');
            }
            sb.append('\n');
            List<String> names = new ArrayList<>(reports.keySet());
            int w = 10;
            for (int p = 0; p < e.projectCount(); p++) {
                w = Math.max(w, e.project(p).id().length());
            }
            int cw = 8;
            for (String n : names) {
                cw = Math.max(cw, n.length());
            }
            sb.append(String.format("%-" + w + "s %14s", "project", "cost"));
            for (String n : names) {
                sb.append(String.format(" %" + cw + "s", n));
            }
            sb.append('\n');
            for (int p = 0; p < e.projectCount(); p++) {
                sb.append(String.format("%-" + w + "s %14s", e.project(p).id(), e.money(e.project(p).cost())));
                for (String n : names) {
                    sb.append(String.format(" %" + cw + "s", reports.get(n).outcome().projects().get(p).selected() ? "funded" : "-"));
                }
                sb.append('\n');
            }
            sb.append('\n');
            for (String n : names) {
                Report r = reports.get(n);
                sb.append(String.format("%-" + cw + "s funds %d projects for %s; %d of %d voters have a funded project they voted for%n",
                        n, r.outcome().selected().size(), e.money(r.cost()), r.votersWithFundedProject(), e.voters()));
            }
            sb.append("\nwhat differs:\n");
            boolean any = false;
            for (int p = 0; p < e.projectCount(); p++) {
                List<String> yes = new ArrayList<>();
                List<String> no = new ArrayList<>();
                for (String n : names) {
                    (reports.get(n).outcome().projects().get(p).selected() ? yes : no).add(n);
                }
                if (!yes.isEmpty() && !no.isEmpty()) {
                    any = true;
                    sb.append("  project ").append(e.project(p).id()).append(": funded by ").append(String.join(", ", yes))
                            .append(", not by ").append(String.join(", ", no)).append('\n');
                    for (String n : no) {
                        ProjectResult pr = reports.get(n).outcome().projects().get(p);
                        sb.append("    ").append(n).append(": ").append(org.oursociety.budget.engine.explain.English.reason(e, pr.explanation())).append('\n');
                    }
                }
            }
            if (!any) {
                sb.append("  nothing: the rules fund the same projects\n");
            }
            return sb.toString();
        }

        static String json(String file, Election e, Map<String, Report> reports) {
            StringBuilder sb = new StringBuilder("{\"file\":").append(Json.string(file)).append(",\"outcomes\":[");
            int i = 0;
            for (Report r : reports.values()) {
                sb.append(i++ > 0 ? "," : "").append(r.toJson());
            }
            sb.append("],\"differences\":[");
            int d = 0;
            for (int p = 0; p < e.projectCount(); p++) {
                List<String> yes = new ArrayList<>();
                List<String> no = new ArrayList<>();
                for (Map.Entry<String, Report> en : reports.entrySet()) {
                    (en.getValue().outcome().projects().get(p).selected() ? yes : no).add(Json.string(en.getKey()));
                }
                if (!yes.isEmpty() && !no.isEmpty()) {
                    sb.append(d++ > 0 ? "," : "").append("{\"id\":").append(Json.string(e.project(p).id()))
                            .append(",\"fundedBy\":[").append(String.join(",", yes)).append("],\"notFundedBy\":[")
                            .append(String.join(",", no)).append("]}");
                }
            }
            return sb.append("]}\n").toString();
        }
    }
}
