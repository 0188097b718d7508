package org.oursociety.directory.stewardship.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class EditableFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyWrongFieldIsNamedWithItsReason() throws Exception {
        var wrong = EditableFields.check("service", JSON.readTree("""
                {"name":"  ","status":"open","url":"ftp://x","email":"nobody","minimum_age":-1,"colour":"red"}"""));

        assertThat(wrong).containsEntry("name", "change.required").containsEntry("status", "change.status")
                .containsEntry("url", "change.url").containsEntry("email", "change.email")
                .containsEntry("minimum_age", "change.age").containsEntry("colour", "change.field.unknown");
        assertThat(EditableFields.check("organization", JSON.readTree("{\"url\":\"https://x.example\"}")))
                .as("organisations have a website, not a url").containsKey("url");
        assertThat(EditableFields.check("service", JSON.readTree("{}"))).containsKey("changes");
    }

    @Test
    void aGoodChangeIsAppliedTrimmedAndEmptyOptionalFieldsAreRemoved() throws Exception {
        ObjectNode before = (ObjectNode) JSON.readTree("{\"id\":\"1\",\"name\":\"Old\",\"email\":\"a@b.example\",\"status\":\"active\"}");
        var change = JSON.readTree("{\"name\":\"  New name \",\"email\":\"\",\"maximum_age\":18}");

        assertThat(EditableFields.check("service", change)).isEmpty();
        ObjectNode after = EditableFields.apply(before, change);

        assertThat(after.get("name").asText()).isEqualTo("New name");
        assertThat(after.has("email")).isFalse();
        assertThat(after.get("maximum_age").asInt()).isEqualTo(18);
        assertThat(before.get("name").asText()).as("the original is untouched").isEqualTo("Old");
    }
}
