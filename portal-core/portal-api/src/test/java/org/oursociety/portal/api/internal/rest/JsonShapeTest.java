package org.oursociety.portal.api.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.i18n.Message;

class JsonShapeTest {

    record NewArea(String slug, String name, UUID parentId, List<String> postcodes, Boolean archived, int rank) {
    }

    record Outer(NewArea area, List<NewArea> more, @JsonbProperty("display_name") String displayName) {
    }

    private static Map<String, Message> problems(String json, Class<?> type) {
        return JsonShape.problems(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static Map<String, String> english(String json, Class<?> type) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        problems(json, type).forEach((k, v) -> out.put(k, v.in(Locale.ENGLISH)));
        return out;
    }

    @Test
    void aWellFormedBodyOfTheRightTypesPasses() {
        assertThat(problems("{\"slug\":\"north\",\"name\":\"North ward\",\"postcodes\":[\"CF10 1AA\"],"
                + "\"archived\":false,\"rank\":3,\"parentId\":null,\"unknown\":{\"x\":[1,2]}}", NewArea.class)).isEmpty();
    }

    @Test
    void aNumberOrABooleanWhereTextBelongsIsRefusedNamingTheField() {
        assertThat(english("{\"slug\":123}", NewArea.class)).containsEntry("slug", "Send text here (a JSON string).");
        assertThat(english("{\"slug\":true}", NewArea.class)).containsKey("slug");
        assertThat(english("{\"name\":{}}", NewArea.class)).containsKey("name");
    }

    @Test
    void wrongTypesInsideListsAndNestedRecordsAreNamedByTheirPath() {
        assertThat(english("{\"postcodes\":[\"A\",7]}", NewArea.class)).containsOnlyKeys("postcodes[1]");
        assertThat(english("{\"area\":{\"rank\":\"3\"},\"more\":[{},{\"slug\":[]}]}", Outer.class))
                .containsOnlyKeys("area.rank", "more[1].slug");
        assertThat(english("{\"display_name\":5}", Outer.class)).containsOnlyKeys("display_name");
    }

    @Test
    void wholeNumbersMustBeWholeAndInRange() {
        assertThat(english("{\"rank\":1.5}", NewArea.class)).containsKey("rank");
        assertThat(english("{\"rank\":99999999999}", NewArea.class)).containsKey("rank");
        assertThat(english("{\"rank\":\"1\"}", NewArea.class)).containsEntry("rank", "Send a whole number here.");
    }

    @Test
    void nulAndUnpairedSurrogatesAreRefusedInValuesAndNamesWhateverTheTarget() {
        assertThat(english("{\"email\":\"a\\u0000b@x.y\"}", JsonObject.class))
                .containsEntry("email", "Remove the NUL character (U+0000): text may not contain it.");
        assertThat(english("{\"name\":\"\\ud800\"}", NewArea.class)).containsKey("name");
        assertThat(english("{\"name\":\"\\udc00x\"}", NewArea.class)).containsKey("name");
        assertThat(english("{\"list\":[\"ok\",\"\\u0000\"]}", Object.class)).containsKey("list[1]");
        assertThat(english("{\"a\\u0000\":1}", Object.class)).hasSize(1);
        assertThat(problems("{\"name\":\"\\ud83d\\ude00 ok\"}", NewArea.class)).isEmpty();
    }

    @Test
    void deepNestingIsRefusedWithoutRecursion() {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        assertThat(english(deep, JsonObject.class)).containsOnlyKeys("");
        String fine = "{\"a\":" + "[".repeat(20) + "]".repeat(20) + "}";
        assertThat(problems(fine, JsonObject.class)).isEmpty();
    }

    @Test
    void hugeNumbersAreRefused() {
        assertThat(english("{\"n\":" + "9".repeat(50_000) + "}", JsonObject.class)).containsKey("n");
        assertThat(english("{\"n\":1e999999999}", JsonObject.class)).containsKey("n");
        assertThat(problems("{\"n\":12345678901234567890.5e10}", JsonObject.class)).isEmpty();
    }

    @Test
    void aBodyForARecordOrAnObjectMustBeAnObject() {
        assertThat(english("null", NewArea.class)).containsOnlyKeys("");
        assertThat(english("\"text\"", NewArea.class)).containsOnlyKeys("");
        assertThat(english("[]", JsonObject.class)).containsOnlyKeys("");
        assertThat(problems("[]", Object.class)).isEmpty();
    }

    @Test
    void malformedJsonIsOneProblemWithTheWholeBody() {
        assertThat(english("{\"slug\":", NewArea.class)).containsOnlyKeys("");
        assertThat(english("{'slug':1}", NewArea.class)).containsOnlyKeys("");
    }

    @Test
    void everyMessageHasAWelshTranslation() {
        for (String key : List.of("json.malformed", "json.depth", "json.number", "json.nul", "json.surrogate",
                "json.expected.string", "json.expected.boolean", "json.expected.number", "json.expected.whole",
                "json.expected.array", "json.expected.object", "json.range", "json.range.whole", "query.bad")) {
            Message message = JsonShape.message(key, 1);
            assertThat(message.in(Locale.ENGLISH)).isNotEqualTo(key);
            assertThat(message.in(Locale.forLanguageTag("cy"))).isNotEqualTo(key).isNotEqualTo(message.in(Locale.ENGLISH));
        }
    }
}
