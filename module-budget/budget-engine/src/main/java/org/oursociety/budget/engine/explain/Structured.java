package org.oursociety.budget.engine.explain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

import org.oursociety.budget.engine.rules.Explanation;
import org.oursociety.budget.engine.rules.Fraction;

/**
 * An explanation as a JSON object: its {@code kind} and each of its numbers by the record
 * component's name, e.g. {@code {"kind":"greedy.did-not-fit","position":2,"left":30,"cost":40}}.
 * Money is exact where it is a finite decimal, else rounded to {@code scale} places.
 */
final class Structured {
    private Structured() {
    }

    static String json(Explanation why, int scale) {
        StringBuilder sb = new StringBuilder();
        write(sb, why, scale);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value, int scale) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Fraction f) {
            sb.append(f.toDecimalExactOr(scale).toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof String s) {
            sb.append(Json.string(s));
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append(i > 0 ? "," : "");
                write(sb, list.get(i), scale);
            }
            sb.append(']');
        } else if (value instanceof Record r) {
            sb.append('{');
            boolean first = true;
            if (r instanceof Explanation x) {
                sb.append("\"kind\":").append(Json.string(x.kind()));
                first = false;
            }
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                sb.append(first ? "" : ",").append(Json.string(c.getName())).append(':');
                first = false;
                try {
                    write(sb, c.getAccessor().invoke(r), scale);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
            sb.append('}');
        } else {
            sb.append(Json.string(value.toString()));
        }
    }
}
