package org.oursociety.budget.engine.pabulib;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a whole Pabulib file, every row and field, for rewriting it strictly. */
public final class DocumentReader implements PbParser.Sink {
    private final List<PbDocument.MetaEntry> meta = new ArrayList<>();
    private List<String> projectColumns = List.of();
    private final List<List<String>> projectRows = new ArrayList<>();
    private List<String> voteColumns = List.of();
    private final List<List<String>> voteRows = new ArrayList<>();

    private DocumentReader() {
    }

    public static PbDocument read(Path file) {
        try (PbInput.Opened in = PbInput.open(file)) {
            return read(in.reader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PbDocument read(Reader reader) {
        DocumentReader sink = new DocumentReader();
        PbParser.parse(reader, sink);
        return new PbDocument(sink.meta, sink.projectColumns, sink.projectRows, sink.voteColumns, sink.voteRows);
    }

    @Override
    public void header(Section section, List<String> columns, int line) {
        switch (section) {
            case PROJECTS -> projectColumns = columns;
            case VOTES -> voteColumns = columns;
            default -> {
            }
        }
    }

    @Override
    public void row(Section section, String[] fields, int line) {
        switch (section) {
            case META -> meta.add(new PbDocument.MetaEntry(fields[0], fields.length > 1 ? fields[1] : ""));
            case PROJECTS -> projectRows.add(Arrays.asList(fields));
            case VOTES -> voteRows.add(Arrays.asList(fields));
            default -> throw new IllegalStateException();
        }
    }
}
