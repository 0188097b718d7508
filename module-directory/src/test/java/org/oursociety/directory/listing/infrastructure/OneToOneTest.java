package org.oursociety.directory.listing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** A record's one-to-one fields: its own values in their order, without nested parts, as a node of its own. */
class OneToOneTest {

    @Test
    void keepsTheOwnValuesInOrderAndLeavesOutNestedParts() throws Exception {
        ObjectNode service = (ObjectNode) HsdsStore.JSON.readTree("""
                {"id":"s1","name":"Choir","schedules":[{"id":"x"}],"minimum_age":5,"organization":{"id":"o1"},
                 "free":true,"url":null}""");

        ObjectNode plain = HsdsQueries.oneToOne(service);

        assertThat(plain.toString()).isEqualTo("{\"id\":\"s1\",\"name\":\"Choir\",\"minimum_age\":5,\"free\":true,\"url\":null}");
    }

    @Test
    void changingTheResultLeavesTheRecordAsItWas() throws Exception {
        ObjectNode service = (ObjectNode) HsdsStore.JSON.readTree("{\"id\":\"s1\",\"name\":\"Choir\",\"phones\":[]}");

        ObjectNode plain = HsdsQueries.oneToOne(service);
        plain.put("name", "Changed");
        plain.remove("id");

        assertThat(service.toString()).isEqualTo("{\"id\":\"s1\",\"name\":\"Choir\",\"phones\":[]}");
    }
}
