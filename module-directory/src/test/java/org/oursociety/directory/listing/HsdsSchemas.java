package org.oursociety.directory.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** Validates documents against the official HSDS 3.0 schema files (test resources, CC BY-SA 4.0, Open Referral). */
public final class HsdsSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private HsdsSchemas() {
    }

    /** Asserts the document is a valid HSDS {@code type} (service, organization, ...). */
    public static void assertValid(String type, JsonNode document) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:hsds-3.0/schema/" + type + ".json"));
        Set<ValidationMessage> errors = schema.validate(document);
        assertThat(errors).as(type + " " + document.path("id").asText()).isEmpty();
    }
}
