package org.oursociety.budget.engine.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.oursociety.budget.engine.Elections;

class WriterTest {
    static final List<String> FILES = Elections.REAL;

    @ParameterizedTest
    @FieldSource("FILES")
    void readingThenWritingKeepsEveryField(String file) {
        PbDocument doc = DocumentReader.read(Elections.real(file));
        String written = PbWriter.toString(doc);
        PbDocument again = DocumentReader.read(new StringReader(written));

        assertThat(again).isEqualTo(doc);
        assertThat(written).doesNotContain("\r").doesNotStartWith("\uFEFF");
        assertThat(PbWriter.toString(again)).isEqualTo(written);
    }

    @Test
    void writesQuirksStrictly() {
        String quirky = "\uFEFFMETA\r\nkey;value\r\nbudget; 1 000,50 \r\nvote_type;approval\r\nmystery_key;kept\r\n"
                + "PROJECTS\r\nproject_id;cost;name\r\na;10,5;\"x;y\"\r\nb;20;\r\nVOTES\r\nvoter_id;vote\r\n1;a , b\r\n";
        String written = PbWriter.toString(DocumentReader.read(new StringReader(quirky)));

        assertThat(written).isEqualTo("META\nkey;value\nbudget;1000.50\nvote_type;approval\nmystery_key;kept\n"
                + "PROJECTS\nproject_id;cost;name\na;10.5;\"x;y\"\nb;20;\nVOTES\nvoter_id;vote\n1;a,b\n");
    }
}
