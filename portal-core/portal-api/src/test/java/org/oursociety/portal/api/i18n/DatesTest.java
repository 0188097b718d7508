package org.oursociety.portal.api.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void aTimeIsShownInWordsInUkTimeInTheReadersLanguage() {
        OffsetDateTime summer = OffsetDateTime.of(2026, 7, 1, 9, 4, 0, 0, ZoneOffset.UTC);
        assertThat(Dates.dateTime(summer, Languages.ENGLISH)).isEqualTo("1 July 2026, 10:04");
        assertThat(Dates.dateTime(summer, Languages.WELSH)).isEqualTo("1 Gorffennaf 2026, 10:04");
        Instant winter = Instant.parse("2026-11-30T10:04:00Z");
        assertThat(Dates.dateTime(winter, Languages.ENGLISH)).isEqualTo("30 November 2026, 10:04");
        assertThat(Dates.dateTime(winter, Languages.WELSH)).isEqualTo("30 Tachwedd 2026, 10:04");
    }

    @Test
    void aDayIsShownWithoutATime() {
        assertThat(Dates.date(LocalDate.of(2027, 3, 1), Languages.ENGLISH)).isEqualTo("1 March 2027");
        assertThat(Dates.date(LocalDate.of(2027, 3, 1), Languages.WELSH)).isEqualTo("1 Mawrth 2027");
        // late evening in UTC is already the next day in summer in the UK
        assertThat(Dates.date(OffsetDateTime.of(2026, 6, 30, 23, 30, 0, 0, ZoneOffset.UTC), null)).isEqualTo("1 July 2026");
    }

    @Test
    void isoTextFromARecordIsShownInWordsToo() {
        assertThat(Dates.dateTime("2026-11-30T10:04:00Z", Languages.ENGLISH)).isEqualTo("30 November 2026, 10:04");
        assertThat(Dates.date("2026-11-30T23:30:00Z", Languages.WELSH)).isEqualTo("30 Tachwedd 2026");
        assertThat(Dates.date("2027-03-01", Languages.ENGLISH)).isEqualTo("1 March 2027");
        assertThat(Dates.dateTime("soon", Languages.ENGLISH)).as("not a date: shown as it is").isEqualTo("soon");
    }

    @Test
    void nothingShowsNothing() {
        assertThat(Dates.dateTime(null, Languages.ENGLISH)).isEmpty();
    }
}
