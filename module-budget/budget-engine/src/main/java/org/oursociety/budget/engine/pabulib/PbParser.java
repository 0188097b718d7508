package org.oursociety.budget.engine.pabulib;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a Pabulib file into sections, headers and rows, one line at a time, so that a file
 * of any size streams through a {@link Sink}. Leniency lives here: a BOM, carriage returns,
 * spaces around values, blank lines, trailing empty fields and lower-case titles are all
 * accepted. What the values mean is the sink's business.
 */
public final class PbParser {

    /** Receives the parsed file. Header columns arrive trimmed and lower-cased. */
    public interface Sink {
        void header(Section section, List<String> columns, int line);

        void row(Section section, String[] fields, int line);

        /**
         * A row whose own line held only {@code present} fields (fewer than the header names:
         * the rest are given as empty). Sinks that care whether a field was there at all
         * override this.
         */
        default void row(Section section, String[] fields, int present, int line) {
            row(section, fields, line);
        }

        /**
         * A PROJECTS or VOTES row with more non-empty fields than its header names; the extra
         * ones are dropped before {@link #row}.
         */
        default void extraFields(Section section, int fields, int header, int line) {
        }

        /** Called once after the last line; {@code lastLine} is the number of lines read. */
        default void end(int lastLine) {
        }
    }

    private PbParser() {
    }

    /** The longest line (or quoted value over several lines) read, in characters. */
    public static final int MAX_LINE = PbInput.MAX_LINE_BYTES;

    public static void parse(Reader in, Sink sink) {
        try {
            parse(new Lines(in), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines ended by LF, CRLF or CR, each at most {@link #MAX_LINE} characters. */
    private static final class Lines {
        private final Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        private int number;
        private final StringBuilder line = new StringBuilder(256);

        Lines(Reader in) {
            this.in = in;
        }

        String readLine() throws IOException {
            line.setLength(0);
            boolean any = false;
            while (true) {
                if (pos == len) {
                    len = in.read(buf);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        if (!any) {
                            return null;
                        }
                        number++;
                        return line.toString();
                    }
                }
                any = true;
                char c = buf[pos++];
                if (c == '\n') {
                    number++;
                    return line.toString();
                }
                if (c == '\r') {
                    if (pos == len) {
                        len = in.read(buf);
                        pos = 0;
                        if (len <= 0) {
                            len = 0;
                        }
                    }
                    if (pos < len && buf[pos] == '\n') {
                        pos++;
                    }
                    number++;
                    return line.toString();
                }
                if (c == 0) {
                    throw new PbFormatException(number + 1, "the file holds a NUL character: it is not a text file,"
                            + " so not a Pabulib file");
                }
                if (line.length() >= MAX_LINE) {
                    throw new PbFormatException(number + 1, "line " + (number + 1) + " is longer than " + MAX_LINE
                            + " characters: this is not a Pabulib file, or a broken one");
                }
                line.append(c);
            }
        }
    }

    private static void parse(Lines reader, Sink sink) throws IOException {
        Section section = null;
        int headerSize = -1;
        int lineNo = 0;
        Section expected = Section.META;
        String raw;
        while ((raw = reader.readLine()) != null) {
            lineNo++;
            int startLine = lineNo;
            if (lineNo == 1 && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
                raw = raw.substring(1);
            }
            if (raw.isBlank()) {
                continue;
            }
            Section title = sectionTitle(raw);
            if (title != null) {
                if (title != expected) {
                    throw new PbFormatException(lineNo, "found the " + title + " section where "
                            + expected + " was expected (sections come in the order META, PROJECTS, VOTES)");
                }
                section = title;
                expected = title == Section.META ? Section.PROJECTS : title == Section.PROJECTS ? Section.VOTES : null;
                headerSize = -1;
                continue;
            }
            if (section == null) {
                throw new PbFormatException(lineNo, "the file must start with a META line");
            }
            List<String> fields = section == Section.META && headerSize == 2 ? metaRow(raw) : split(raw);
            // A quoted value may run over several lines: keep reading until its quote closes.
            StringBuilder joined = null;
            while (fields == null) {
                String next = reader.readLine();
                if (next == null) {
                    throw new PbFormatException(startLine, "a quoted value is never closed");
                }
                lineNo++;
                if (joined == null) {
                    joined = new StringBuilder(raw);
                }
                joined.append('\n').append(next);
                if (joined.length() > MAX_LINE) {
                    throw new PbFormatException(startLine, "a quoted value runs on for more than " + MAX_LINE
                            + " characters: its closing quote is missing");
                }
                // Only a quote can close the value: split again only when one arrives.
                if (next.indexOf('"') >= 0) {
                    raw = joined.toString();
                    fields = split(raw);
                }
            }
            if (headerSize < 0) {
                List<String> columns = new ArrayList<>(fields.size());
                for (String f : fields) {
                    columns.add(f.strip().toLowerCase(Locale.ROOT));
                }
                while (!columns.isEmpty() && columns.get(columns.size() - 1).isEmpty()) {
                    columns.remove(columns.size() - 1);
                }
                headerSize = columns.size();
                sink.header(section, columns, startLine);
                continue;
            }
            sink.row(section, fit(section, fields, headerSize, startLine, sink), Math.min(fields.size(), headerSize), startLine);
        }
        if (section == null) {
            throw new PbFormatException(Math.max(lineNo, 1), "the file is empty or has no META section");
        }
        if (expected != null) {
            throw new PbFormatException(lineNo, "the file ends before its " + expected + " section");
        }
        sink.end(lineNo);
    }

    private static String[] fit(Section section, List<String> fields, int headerSize, int line, Sink sink) {
        if (section == Section.META && fields.size() > headerSize) {
            // Unquoted semicolons in a META value (a long comment, say) belong to the value.
            String[] out = new String[headerSize];
            for (int i = 0; i < headerSize - 1; i++) {
                out[i] = fields.get(i);
            }
            StringBuilder value = new StringBuilder(fields.get(headerSize - 1));
            for (int i = headerSize; i < fields.size(); i++) {
                value.append(';').append(fields.get(i));
            }
            out[headerSize - 1] = value.toString().strip();
            return out;
        }
        int size = fields.size();
        while (size > headerSize && fields.get(size - 1).isEmpty()) {
            size--;
        }
        if (size > headerSize) {
            // As Pabulib's own tools do: the values beyond the header are ignored, and said so.
            sink.extraFields(section, size, headerSize, line);
        }
        String[] out = new String[headerSize];
        for (int i = 0; i < headerSize; i++) {
            out[i] = i < size ? fields.get(i) : "";
        }
        return out;
    }

    private static Section sectionTitle(String raw) {
        String t = raw.strip();
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == ';') {
            end--;
        }
        t = t.substring(0, end).strip();
        if (t.startsWith("\"") && t.endsWith("\"") && t.length() >= 2) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return switch (t.toUpperCase(Locale.ROOT)) {
            case "META" -> Section.META;
            case "PROJECTS" -> Section.PROJECTS;
            case "VOTES" -> Section.VOTES;
            default -> null;
        };
    }

    /**
     * A META row splits at its first ';' only: long values such as comments often hold
     * unquoted semicolons, which belong to the value.
     */
    private static List<String> metaRow(String raw) {
        String line = raw.strip();
        int sep = line.indexOf(';');
        if (line.startsWith("\"") || sep < 0) {
            return split(raw);
        }
        String value = line.substring(sep + 1).strip();
        if (value.startsWith("\"")) {
            List<String> quoted = split(value);
            if (quoted == null) {
                return null;
            }
            if (quoted.size() == 1) {
                return List.of(line.substring(0, sep).strip(), quoted.get(0));
            }
        }
        return List.of(line.substring(0, sep).strip(), value);
    }

    /** CSV split on ';' with quotes; returns null while a quoted value is still open. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                cur.setLength(0);
            } else if (c == ';') {
                out.add(clean(cur, wasQuoted));
                cur.setLength(0);
                wasQuoted = false;
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(clean(cur, wasQuoted));
        return out;
    }

    private static String clean(StringBuilder value, boolean wasQuoted) {
        // Quoted values keep their inner spaces; bare values lose stray spaces and CRs.
        return wasQuoted ? value.toString() : value.toString().strip();
    }
}
