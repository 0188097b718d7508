package org.oursociety.portal.api.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One thing worth recording in the audit log: what was done ({@code action}, {@code <module>.<verb>},
 * e.g. {@code forum.post-hidden}), to what (a type, an id and a label that still says what it was after
 * the thing is gone), in which area, why, and a few more facts. Never secrets or personal data beyond
 * what the target label needs.
 *
 * <pre>{@code
 * AuditEvent.of("forum.post-hidden", "post", post.id().toString(), topic.title())
 *         .inArea(area).because(reason).with("flags", "3")
 * }</pre>
 */
public record AuditEvent(String action, String targetType, String targetId, String targetLabel,
                         Map<String, String> details) {

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public AuditEvent {
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("An audit action is <module>.<verb> in lower case, not " + action);
        }
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static AuditEvent of(String action, String targetType, String targetId, String targetLabel) {
        return new AuditEvent(action, targetType, targetId, targetLabel, Map.of());
    }

    /** The area it happened in (its slug), shown and filtered as the detail {@code area}. */
    public AuditEvent inArea(String areaSlug) {
        return with("area", areaSlug);
    }

    /** The reason the actor gave, as the detail {@code reason}. */
    public AuditEvent because(String reason) {
        return with("reason", reason);
    }

    public AuditEvent with(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(key, value);
        return new AuditEvent(action, targetType, targetId, targetLabel, more);
    }
}
