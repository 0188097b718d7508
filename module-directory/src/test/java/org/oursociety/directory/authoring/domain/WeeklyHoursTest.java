package org.oursociety.directory.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oursociety.directory.listing.domain.OpeningTimes;

class WeeklyHoursTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void linesAsAVolunteerTypesThemBecomeWeeklySchedulesSaidBackInWords() throws Exception {
        List<WeeklyHours> hours = new ArrayList<>();
        var wrong = WeeklyHours.read(JSON.readTree("""
                [{"days":["TH","mo"],"opens":"10","closes":"4:00"},{"days":["SA"],"opens":"9.30","closes":"1230"}]"""), hours);

        assertThat(wrong).containsOnlyKeys("hours[0].closes");
        hours.clear();
        wrong = WeeklyHours.read(JSON.readTree("""
                [{"days":["TH","mo"],"opens":"10","closes":"16:00"},{"days":["SA"],"opens":"9.30","closes":"1230"}]"""), hours);
        assertThat(wrong).isEmpty();
        var schedules = WeeklyHours.toSchedules(hours, "s1");
        assertThat(schedules.get(0).path("byday").asText()).isEqualTo("MO,TH");
        assertThat(schedules.get(0).path("freq").asText()).isEqualTo("WEEKLY");
        assertThat(schedules.get(1).path("opens_at").asText()).isEqualTo("09:30");
        assertThat(schedules.get(1).path("closes_at").asText()).isEqualTo("12:30");
        assertThat(OpeningTimes.of(schedules).inWords(java.util.Locale.ENGLISH))
                .contains("Mondays and Thursdays, 10:00–16:00");
        assertThat(WeeklyHours.of(schedules)).hasSize(2);
    }

    @Test
    void everyWrongPartOfALineIsNamed() throws Exception {
        var wrong = WeeklyHours.read(JSON.readTree("""
                [{"days":["XX"],"opens":"soon","closes":""}]"""), new ArrayList<>());

        assertThat(wrong).containsOnlyKeys("hours[0].days", "hours[0].opens", "hours[0].closes");
        assertThat(WeeklyHours.read(JSON.readTree("[{},{},{},{},{},{},{},{}]"), new ArrayList<>())).containsOnlyKeys("hours");
        assertThat(WeeklyHours.read(JSON.readTree("{\"days\":[]}"), new ArrayList<>())).containsOnlyKeys("hours");
        assertThat(WeeklyHours.read(JSON.readTree("[{\"days\":\"MO\",\"opens\":\"9\",\"closes\":\"10\"}]"), new ArrayList<>()))
                .containsOnlyKeys("hours[0].days");
    }

    @Test
    void aMonthlyScheduleIsNotALineOfTheForm() throws Exception {
        var schedules = JSON.readTree("""
                [{"freq":"MONTHLY","byday":"1MO","opens_at":"10:00","closes_at":"12:00"},
                 {"byday":"WE","opens_at":"18:00","closes_at":"20:00"}]""");

        assertThat(WeeklyHours.of(schedules)).containsExactly(
                new WeeklyHours(Set.of(DayOfWeek.WEDNESDAY), LocalTime.of(18, 0), LocalTime.of(20, 0)));
        assertThat(WeeklyHours.hasOthers(schedules)).isTrue();
    }
}
