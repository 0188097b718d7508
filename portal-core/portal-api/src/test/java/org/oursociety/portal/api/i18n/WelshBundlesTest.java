package org.oursociety.portal.api.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle of a WAR or jar in English and Welsh, key for key. A module checks its own
 * bundles with one line: {@code class ForumBundlesTest extends WelshBundlesTest {}} (portal-api's
 * test-jar). A bundle is any {@code .properties} file under {@code src/main/resources} outside
 * {@code META-INF/}; its Welsh twin is the same name with {@code _cy}.
 *
 * <p>It fails when a bundle has no Welsh twin, when a key is in one language and not the other, when
 * a value is empty, when the two sentences use different placeholders ({@code {0}}, {@code {1}}), or when a
 * sentence with a placeholder has a lone apostrophe.
 */
public abstract class WelshBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** Where the bundles are; the module's own {@code src/main/resources} unless overridden. */
    protected Path resources() {
        return Path.of("src", "main", "resources");
    }

    @Test
    void everyBundleHasTheSameKeysInEnglishAndWelsh() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> bundles = bundles();
        for (Path english : bundles) {
            String name = english.getFileName().toString();
            Path welsh = english.resolveSibling(name.replace(".properties", "_cy.properties"));
            String where = resources().relativize(english).toString();
            if (!Files.exists(welsh)) {
                problems.add(where + " has no Welsh twin " + welsh.getFileName());
                continue;
            }
            Properties en = load(english);
            Properties cy = load(welsh);
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                if (!cy.containsKey(key)) {
                    problems.add(where + ": '" + key + "' has no Welsh");
                } else if (!placeholders(en.getProperty(key)).equals(placeholders(cy.getProperty(key)))) {
                    problems.add(where + ": '" + key + "' uses " + placeholders(en.getProperty(key)) + " in English but "
                            + placeholders(cy.getProperty(key)) + " in Welsh");
                }
            }
            for (String key : new TreeSet<>(cy.stringPropertyNames())) {
                if (!en.containsKey(key)) {
                    problems.add(where + ": '" + key + "' is in Welsh only");
                }
                if (cy.getProperty(key).isBlank()) {
                    problems.add(where + ": '" + key + "' is empty in Welsh");
                }
            }
        }
        assertThat(problems).as("bundles under " + resources()).isEmpty();
    }

    /**
     * A sentence with a placeholder goes through {@code MessageFormat}, where a lone apostrophe starts a
     * quotation and swallows the rest ("the area's" would print "the areas ..." and never fill {0}):
     * write {@code ''}. Welsh has an apostrophe in most sentences.
     */
    @Test
    void everySentenceWithAPlaceholderDoublesItsApostrophes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : bundles()) {
            for (Path file : List.of(english, english.resolveSibling(english.getFileName().toString()
                    .replace(".properties", "_cy.properties")))) {
                if (!Files.exists(file)) {
                    continue;
                }
                Properties messages = load(file);
                for (String key : new TreeSet<>(messages.stringPropertyNames())) {
                    String value = messages.getProperty(key);
                    if (PLACEHOLDER.matcher(value).find() && LONE_APOSTROPHE.matcher(value).find()) {
                        problems.add(resources().relativize(file) + ": '" + key + "' has a lone ' (write '')");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void thereAreBundlesToCheck() throws IOException {
        assertThat(bundles()).as("message bundles under " + resources().toAbsolutePath()).isNotEmpty();
    }

    private List<Path> bundles() throws IOException {
        if (!Files.isDirectory(resources())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(resources())) {
            return files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !resources().relativize(p).startsWith("META-INF"))
                    .filter(p -> !p.getFileName().toString().matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .sorted().toList();
        }
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
             var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
