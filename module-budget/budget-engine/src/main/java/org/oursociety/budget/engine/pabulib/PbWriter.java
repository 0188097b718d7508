package org.oursociety.budget.engine.pabulib;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;

/**
 * Writes Pabulib strictly: UTF-8 without BOM, LF line ends, ';' separators, quotes only where
 * a value needs them, numbers with a decimal point, lists without spaces. Whatever the
 * lenient reader accepted comes out in the form every other Pabulib tool reads.
 */
public final class PbWriter {
    private static final Set<String> MONEY_META = Set.of("budget", "max_sum_cost", "min_sum_cost");
    private static final Set<String> LIST_COLUMNS = Set.of("vote", "points");

    private PbWriter() {
    }

    public static String toString(PbDocument doc) {
        StringWriter out = new StringWriter();
        write(doc, out);
        return out.toString();
    }

    public static void write(PbDocument doc, Writer out) {
        try {
            out.write("META\nkey;value\n");
            for (PbDocument.MetaEntry e : doc.meta()) {
                String value = MONEY_META.contains(e.key()) ? number(e.value()) : e.value();
                out.write(field(e.key()) + ";" + field(value) + "\n");
            }
            out.write("PROJECTS\n");
            table(out, doc.projectColumns(), doc.projectRows());
            out.write("VOTES\n");
            table(out, doc.voteColumns(), doc.voteRows());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(Writer out, List<String> columns, List<List<String>> rows) throws IOException {
        out.write(String.join(";", columns.stream().map(PbWriter::field).toList()));
        out.write('\n');
        StringBuilder line = new StringBuilder();
        for (List<String> row : rows) {
            line.setLength(0);
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    line.append(';');
                }
                String col = columns.get(i);
                String v = i < row.size() ? row.get(i) : "";
                if (col.equals("cost")) {
                    v = number(v);
                } else if (LIST_COLUMNS.contains(col)) {
                    v = list(v);
                }
                line.append(field(v));
            }
            line.append('\n');
            out.write(line.toString());
        }
    }

    private static String number(String v) {
        try {
            return v.isEmpty() ? v : Numbers.decimal(v).toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static String list(String v) {
        if (v.indexOf(' ') < 0 && v.indexOf('\t') < 0) {
            return v;
        }
        String[] parts = v.split(",", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(parts[i].strip());
        }
        return sb.toString();
    }

    static String field(String v) {
        boolean needsQuotes = v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0 || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        if (!needsQuotes) {
            return v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
