package org.oursociety.portal.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditDetailsTest {

    @Test
    void writesAFlatObjectWithSortedKeys() {
        assertThat(AuditDetails.toJson(Map.of("b", "2", "a", "1"))).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersSoUserTextCannotBreakOut() {
        assertThat(AuditDetails.toJson(Map.of("name", "x\",\"admin\":\"yes\\\n\u0001")))
                .isEqualTo("{\"name\":\"x\\\",\\\"admin\\\":\\\"yes\\\\\\n\\u0001\"}");
    }

    @Test
    void nothingToSayIsNull() {
        Map<String, String> onlyNull = new HashMap<>();
        onlyNull.put("a", null);
        assertThat(AuditDetails.toJson(null)).isNull();
        assertThat(AuditDetails.toJson(Map.of())).isNull();
        assertThat(AuditDetails.toJson(onlyNull)).isNull();
    }
}
