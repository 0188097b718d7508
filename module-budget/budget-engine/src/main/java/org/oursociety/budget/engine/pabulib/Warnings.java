package org.oursociety.budget.engine.pabulib;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.oursociety.budget.engine.election.Warning;

/**
 * The warnings of one read, kept in line order. A file where every ballot has the same slip
 * would otherwise print a warning per voter: past {@link #MAX} the rest are counted and
 * summed up in one last warning.
 */
final class Warnings {
    static final int MAX = 1000;
    private final List<Warning> list = new ArrayList<>();
    private long dropped;
    private int lastLine;

    void add(int line, String message) {
        if (list.size() < MAX) {
            list.add(new Warning(line, message));
        } else {
            dropped++;
            lastLine = Math.max(lastLine, line);
        }
    }

    List<Warning> list() {
        List<Warning> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(Warning::line));
        if (dropped > 0) {
            out.add(new Warning(lastLine, dropped + " more warnings like those above, up to this line, not listed"));
        }
        return out;
    }
}
