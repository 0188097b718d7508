package org.oursociety.forum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page string in English and Welsh, and every key the code names is in the bundle. */
class BundlesTest {

    @Test
    void englishAndWelshHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("Messages_cy.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("Messages.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeAndPagesNameExists() throws IOException {
        Properties english = load("Messages.properties");
        Pattern javaKey = Pattern.compile("ForumText\\.of\\(\"([a-z.\\-]+)\"");
        Pattern pageKey = Pattern.compile("msg\\['([a-zA-Z.\\-_]+)'\\]");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/webapp")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : new Pattern[]{javaKey, pageKey}) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".") && !english.containsKey(m.group(1))) {
                            missing.add(file.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/oursociety/forum/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
