package org.oursociety.directory.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OpeningTimesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void daysWithTheSameHoursAreSaidTogetherInWeekOrder() throws Exception {
        OpeningTimes times = OpeningTimes.of(JSON.readTree("""
                [{"id":"a","freq":"WEEKLY","byday":"TH,MO","opens_at":"10:00:00","closes_at":"16:00:00"},
                 {"id":"b","freq":"WEEKLY","byday":"SA","opens_at":"09:30","closes_at":"12:00"}]"""));

        assertThat(times.inWords(Locale.UK)).containsExactly("Mondays and Thursdays, 10:00\u201316:00",
                "Saturdays, 09:30\u201312:00");
        assertThat(times.inWords(Locale.forLanguageTag("cy")).get(0)).isEqualTo("Dyddiau Llun a Dyddiau Iau, 10:00\u201316:00");
    }

    @Test
    void threeDaysAreListedWithCommasAndDaysWithoutHoursStandAlone() throws Exception {
        OpeningTimes times = OpeningTimes.of(JSON.readTree("""
                [{"id":"a","byday":"MO,WE,FR","opens_at":"09:00","closes_at":"17:00"},{"id":"b","byday":"SU"}]"""));

        assertThat(times.inWords(Locale.UK)).containsExactly("Mondays, Wednesdays and Fridays, 09:00\u201317:00", "Sundays");
    }

    @Test
    void openNowMeansTheRightDayBetweenOpeningAndClosing() throws Exception {
        OpeningTimes times = OpeningTimes.of(JSON.readTree(
                "[{\"id\":\"a\",\"byday\":\"TU\",\"opens_at\":\"10:00\",\"closes_at\":\"16:00\"}]"));

        assertThat(times.isOpenAt(DayOfWeek.TUESDAY, LocalTime.of(10, 0))).isTrue();
        assertThat(times.isOpenAt(DayOfWeek.TUESDAY, LocalTime.of(16, 0))).as("closed at closing time").isFalse();
        assertThat(times.isOpenAt(DayOfWeek.WEDNESDAY, LocalTime.of(12, 0))).isFalse();
    }

    @Test
    void monthlySchedulesAndUnreadableHoursGiveNoWeeklyOpenings() throws Exception {
        OpeningTimes times = OpeningTimes.of(JSON.readTree("""
                [{"id":"a","freq":"MONTHLY","byday":"1MO","opens_at":"10:00","closes_at":"12:00"},
                 {"id":"b","byday":"TU","opens_at":"18:00","closes_at":"09:00"}]"""));

        assertThat(times.isEmpty()).isTrue();
    }
}
