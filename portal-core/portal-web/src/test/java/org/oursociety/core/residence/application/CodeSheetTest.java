package org.oursociety.core.residence.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CodeSheetTest {

    private final IssuedCodes issued = new IssuedCodes(UUID.randomUUID(), "riverside", "Riverside",
            Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-31T10:00:00Z"),
            List.of("HK7M-3QXA-9RTC-WP2E", "AAAA-BBBB-CCCC-DDDD"));

    @Test
    void theCsvHasAHeaderAndOneLinePerCode() {
        String csv = CodeSheet.csv(issued, CodeSheet.redeemUrl("https://portal.example.org/"));

        assertThat(csv.split("\r\n")).containsExactly("code,area,expires_at,redeem_url",
                "HK7M-3QXA-9RTC-WP2E,riverside,2026-03-31T10:00:00Z,https://portal.example.org/code",
                "AAAA-BBBB-CCCC-DDDD,riverside,2026-03-31T10:00:00Z,https://portal.example.org/code");
        assertThat(CodeSheet.fileName(issued)).isEqualTo("voting-codes-riverside-2026-03-01.csv");
        assertThat(CodeSheet.expiryDay(issued, Locale.UK)).isEqualTo("31 March 2026");
    }

    @Test
    void nothingThatNeedsQuotingReachesACell() {
        assertThatThrownBy(() -> CodeSheet.csv(issued, "https://example.org/a,b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodeSheet.csv(issued, "=HYPERLINK(1)")).isInstanceOf(IllegalArgumentException.class);
    }
}
