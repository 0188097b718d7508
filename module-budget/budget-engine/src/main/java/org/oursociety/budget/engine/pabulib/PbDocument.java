package org.oursociety.budget.engine.pabulib;

import java.util.List;

/**
 * A Pabulib file as written, every field kept (unknown META keys and optional columns too),
 * so that reading and writing a file loses nothing. Counting uses {@link ElectionReader}
 * instead, which does not keep one row per voter.
 */
public record PbDocument(List<MetaEntry> meta,
                         List<String> projectColumns, List<List<String>> projectRows,
                         List<String> voteColumns, List<List<String>> voteRows) {

    public record MetaEntry(String key, String value) {
    }

    public PbDocument {
        meta = List.copyOf(meta);
        projectColumns = List.copyOf(projectColumns);
        projectRows = projectRows.stream().map(List::copyOf).toList();
        voteColumns = List.copyOf(voteColumns);
        voteRows = voteRows.stream().map(List::copyOf).toList();
    }
}
