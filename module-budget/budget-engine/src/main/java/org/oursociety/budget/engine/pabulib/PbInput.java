package org.oursociety.budget.engine.pabulib;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.oursociety.budget.engine.election.Warning;

/**
 * Opens a Pabulib file as text in its real encoding, after a quick pass over its bytes that
 * refuses what cannot be a Pabulib file before any of it is parsed: a NUL byte (a binary file,
 * {@code /dev/zero}), a line longer than {@link #MAX_LINE_BYTES}, more than {@link #MAX_BYTES}
 * in all. Pabulib files are UTF-8; an older file that is not (windows-1250 is common in Polish
 * ones, ISO-8859-2 less so) is read in the encoding its bytes point to, with a warning naming
 * the first line that is not UTF-8. A byte-order mark picks UTF-8 or UTF-16.
 */
public final class PbInput {
    /** No real Pabulib file comes near this: Warsaw's largest are tens of megabytes. */
    public static final long MAX_BYTES = 2L << 30;
    /** A long META comment or a ballot listing every project still fits many times over. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");

    private PbInput() {
    }

    /** A file opened for parsing; {@code warning} says when it was not UTF-8, else null. */
    public record Opened(Reader reader, Charset charset, Warning warning) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** Scans the file, then opens it in its encoding. */
    public static Opened open(Path file) throws IOException {
        Scan scan = scan(file);
        InputStream in = Files.newInputStream(file);
        Reader reader = new InputStreamReader(new BufferedInputStream(in, 1 << 16), scan.charset);
        Warning warning = null;
        if (scan.firstInvalidLine > 0) {
            warning = new Warning(scan.firstInvalidLine, "the file is not UTF-8 (this is the first line that is not);"
                    + " read as " + scan.charset.name().toLowerCase(java.util.Locale.ROOT));
        }
        return new Opened(reader, scan.charset, warning);
    }

    private static final class Scan {
        Charset charset = StandardCharsets.UTF_8;
        int firstInvalidLine;
    }

    private static Scan scan(Path file) throws IOException {
        Scan s = new Scan();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            long total = 0;
            int line = 1;
            long lineBytes = 0;
            int pending = 0;
            int lead = 0;
            int windows = 0;
            int iso = 0;
            boolean undefinedInWindows = false;
            boolean first = true;
            boolean utf16 = false;
            int n;
            while ((n = in.read(buf)) > 0) {
                int i = 0;
                if (first) {
                    first = false;
                    if (n >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE) || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
                        utf16 = true;
                        s.charset = StandardCharsets.UTF_16;
                    }
                }
                total += n;
                if (total > MAX_BYTES) {
                    throw new PbFormatException(line, "the file is larger than " + (MAX_BYTES >> 30)
                            + " GiB, far beyond any Pabulib file");
                }
                if (utf16) {
                    continue;
                }
                for (; i < n; i++) {
                    int b = buf[i] & 0xFF;
                    if (b == '\n') {
                        line++;
                        lineBytes = 0;
                    } else if (++lineBytes > MAX_LINE_BYTES) {
                        throw new PbFormatException(line, "line " + line + " is longer than " + MAX_LINE_BYTES
                                + " bytes: this is not a Pabulib file, or a broken one");
                    }
                    if (b == 0) {
                        throw new PbFormatException(line, "the file holds a NUL byte: it is not a text file,"
                                + " so not a Pabulib file");
                    }
                    if (b >= 0x80) {
                        switch (b) {
                            case 0x8C, 0x8F, 0x9C, 0x9F, 0xA5, 0xB9 -> windows++;
                            case 0xA1, 0xA6, 0xAC, 0xB1, 0xB6, 0xBC -> iso++;
                            case 0x81, 0x83, 0x88, 0x90, 0x98 -> undefinedInWindows = true;
                            default -> {
                            }
                        }
                    }
                    // UTF-8: lead bytes announce how many continuation bytes follow.
                    if (pending > 0) {
                        boolean ok = b >= 0x80 && b <= 0xBF;
                        if (ok && lead == 0xE0) {
                            ok = b >= 0xA0;
                        } else if (ok && lead == 0xED) {
                            ok = b <= 0x9F;
                        } else if (ok && lead == 0xF0) {
                            ok = b >= 0x90;
                        } else if (ok && lead == 0xF4) {
                            ok = b <= 0x8F;
                        }
                        lead = 0;
                        if (ok) {
                            pending--;
                            continue;
                        }
                        pending = 0;
                        invalid(s, line);
                    }
                    if (b < 0x80) {
                        continue;
                    }
                    if (b >= 0xC2 && b <= 0xDF) {
                        pending = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        pending = 2;
                        lead = b;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        pending = 3;
                        lead = b;
                    } else {
                        invalid(s, line);
                    }
                }
            }
            if (pending > 0) {
                invalid(s, line);
            }
            if (s.firstInvalidLine > 0) {
                s.charset = undefinedInWindows || iso > windows ? ISO_8859_2 : WINDOWS_1250;
            }
        }
        return s;
    }

    private static void invalid(Scan s, int line) {
        if (s.firstInvalidLine == 0) {
            s.firstInvalidLine = line;
        }
    }
}
