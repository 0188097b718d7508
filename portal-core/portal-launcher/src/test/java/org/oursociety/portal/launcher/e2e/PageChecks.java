package org.oursociety.portal.launcher.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What {@link BrowserTest} checks on a page: axe-core (every rule axe runs by default, plus WCAG 2.2's
 * target size), that nothing sticks out of the page or is cut off by its box, and full-page
 * screenshots under {@code target/screenshots/}.
 *
 * <p>axe-core comes from its WebJar on the test class path (Maven Central at build time) and is
 * handed to the page through WebDriver, which the page's Content-Security-Policy does not govern.
 */
final class PageChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AXE = axeSource();

    /** Finds what sticks out of the page or is cut off by a box that hides overflow; scrolling boxes are allowed on narrow screens. */
    private static final String OVERFLOW = """
            const wide = arguments[0];
            const vw = document.documentElement.clientWidth;
            const found = [];
            function name(el) {
                let s = el.tagName.toLowerCase();
                if (el.id) s += '#' + el.id;
                if (typeof el.className === 'string' && el.className.trim()) s += '.' + el.className.trim().split(/\\s+/).slice(0, 3).join('.');
                const text = (el.innerText || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
                return text ? s + ' "' + text + '"' : s;
            }
            function hidden(el) {
                for (let at = el; at && at !== document.body; at = at.parentElement) {
                    const st = getComputedStyle(at);
                    if (st.display === 'none' || st.visibility === 'hidden') return true;
                    if (st.clip && st.clip !== 'auto') return true;
                    if (st.clipPath && st.clipPath.startsWith('inset(50%')) return true;
                    if (at.classList.contains('os-skip-link') || at.classList.contains('ui-helper-hidden-accessible')) return true;
                }
                return false;
            }
            function scroller(el) {
                for (let at = el.parentElement; at && at !== document.body; at = at.parentElement) {
                    const ox = getComputedStyle(at).overflowX;
                    if (ox === 'auto' || ox === 'scroll') return at;
                }
                return null;
            }
            if (document.documentElement.scrollWidth > vw + 1) {
                found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in a ' + vw + ' px window');
            }
            for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width < 2 || r.height < 2) continue;
                if (el.closest('script, style, template, head')) continue;
                if (hidden(el)) continue;
                // a map's box shows part of a larger picture on purpose, and its tiles reach past it
                const map = el.classList.contains('leaflet-container');
                if (!map && el.closest('.leaflet-container')) continue;
                const st = getComputedStyle(el);
                if ((r.right > vw + 1 || r.left < -1) && !scroller(el)) {
                    found.push('sticks out of the page (' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + vw + '): ' + name(el));
                }
                const control = el.matches('input, textarea, select'); // they scroll their own text
                if ((st.overflowX === 'hidden' || st.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1
                        && el !== document.body && el !== document.documentElement && !control && !map) {
                    found.push('cut off by its box (' + el.scrollWidth + ' > ' + el.clientWidth + '): ' + name(el));
                }
                if (st.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1 && !control) {
                    found.push('text cut off with an ellipsis: ' + name(el));
                }
                if (wide && (st.overflowX === 'auto' || st.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1
                        && el.tagName !== 'TEXTAREA') {
                    found.push('has to scroll sideways at ' + vw + ' px: ' + name(el));
                }
            }
            return found.slice(0, 25);
            """;

    private PageChecks() {
    }

    /** The axe violations on the page as it is now, one readable line each; empty when clean. */
    static List<String> axe(ChromeDriver chrome) {
        JavascriptExecutor js = chrome;
        Object loaded = js.executeScript("return typeof window.axe === 'object'");
        if (!Boolean.TRUE.equals(loaded)) {
            js.executeScript(AXE + "\n;return true;");
        }
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}})
                    .then(r => done(JSON.stringify(r.violations)))
                    .catch(e => done('ERROR ' + e));
                """);
        String text = String.valueOf(answer);
        if (text.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core could not run: " + text);
        }
        List<String> lines = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(text)) {
                StringBuilder line = new StringBuilder(violation.path("id").asText()).append(" (")
                        .append(violation.path("impact").asText()).append("): ").append(violation.path("help").asText());
                int shown = 0;
                for (JsonNode node : violation.path("nodes")) {
                    if (shown++ == 4) {
                        line.append("\n      ... and ").append(violation.path("nodes").size() - 4).append(" more");
                        break;
                    }
                    line.append("\n      at ").append(node.path("target").toString()).append(": ")
                            .append(node.path("failureSummary").asText().replace('\n', ' '));
                }
                lines.add(line.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** What overflows the page or is cut off; at desktop widths a box that has to scroll counts too. */
    @SuppressWarnings("unchecked")
    static List<String> overflow(ChromeDriver chrome, int width) {
        return (List<String>) ((JavascriptExecutor) chrome).executeScript(OVERFLOW, width >= 1000);
    }

    /** The page at {@code width} CSS pixels (a phone below 600), without reloading it. */
    static void width(ChromeDriver chrome, int width) {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
        settle(chrome);
    }

    static void desktop(ChromeDriver chrome) {
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        settle(chrome);
    }

    private static void settle(ChromeDriver chrome) {
        ((JavascriptExecutor) chrome).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
    }

    /** A full-page PNG at {@code target/screenshots/<name>.png}. */
    static Path screenshot(ChromeDriver chrome, String name) {
        try {
            Map<String, Object> size = cast(((JavascriptExecutor) chrome).executeScript(
                    "return {w: document.documentElement.scrollWidth, h: Math.min(document.documentElement.scrollHeight, 12000)};"));
            Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
                            "width", ((Number) size.get("w")).intValue(), "height", ((Number) size.get("h")).intValue(), "scale", 1)));
            Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key for "this page in this state at this width was checked already". */
    static String fingerprint(ChromeDriver chrome) {
        Object key = ((JavascriptExecutor) chrome).executeScript(
                "return (document.contentType || '') + ' ' + location.href + ' ' + window.innerWidth + ' '"
                        + " + (document.body ? document.body.innerHTML.length : 0);");
        return String.valueOf(key);
    }

    static boolean isPortalPage(ChromeDriver chrome) {
        Object html = ((JavascriptExecutor) chrome).executeScript(
                "return location.protocol.startsWith('http') && (document.contentType === 'text/html'"
                        + " || document.contentType === 'application/xhtml+xml') && !!document.body;");
        return Boolean.TRUE.equals(html);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    private static String axeSource() {
        ClassLoader loader = PageChecks.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("axe-core's WebJar (org.webjars.npm:axe-core) is not on the test class path");
            }
            Properties properties = new Properties();
            properties.load(pom);
            String path = "META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream script = loader.getResourceAsStream(path)) {
                if (script == null) {
                    throw new IllegalStateException("No " + path + " in axe-core's WebJar");
                }
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checked pages, so that the same page in the same state is not checked twice in one test. */
    static final class Seen {
        private final Set<String> keys = new HashSet<>();

        boolean firstTime(String key) {
            return keys.add(key);
        }
    }
}
