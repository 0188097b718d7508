package org.oursociety.directory.listing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvDataPackageTest {

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaksAreReadWhole() {
        List<Map<String, String>> rows = CsvDataPackage.parse(
                "id,name,description\r\n1,\"Food, and more\",\"Say \"\"hello\"\"\nthen go\"\r\n2,Plain,\r\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("name", "Food, and more").containsEntry("description", "Say \"hello\"\nthen go");
        assertThat(rows.get(1)).containsEntry("description", "");
    }

    @Test
    void exportedValuesAreQuotedWhenTheyNeedIt() {
        assertThat(CsvExport.quote("plain")).isEqualTo("plain");
        assertThat(CsvExport.quote("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
    }
}
