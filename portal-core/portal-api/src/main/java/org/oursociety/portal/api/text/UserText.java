package org.oursociety.portal.api.text;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns what members write (posts, proposals, descriptions) into HTML that is safe to show: Markdown by
 * commonmark-java with raw HTML escaped, then the OWASP Java HTML Sanitizer with a small allow-list
 * (text formatting, lists, quotes, code, headings, tables, links). Links may only be http, https or
 * mailto, and get {@code rel="nofollow ugc noopener"} so that nobody gains search rank or a window
 * handle from a post. Images are not allowed: they would let a post track its readers.
 *
 * <p>Thread-safe and stateless: a module creates one and keeps it.
 */
public final class UserText {

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "b", "i", "del", "s", "code", "pre", "blockquote",
                    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
                    "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowAttributes("start").matching(true, "[0-9]{1,6}").onElements("ol")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols() // http, https, mailto
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();
    private static final Pattern BLOCK_END = Pattern.compile("</(p|li|h[1-6]|blockquote|pre|td|th|tr)>|<br\\s*/?>");

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();

    /** The member's Markdown, rendered and sanitised. {@code null} is treated as empty text. */
    public RenderedText render(String markdown) {
        String source = markdown == null ? "" : markdown;
        String html = POLICY.sanitize(renderer.render(parser.parse(source)));
        return new RenderedText(source, html);
    }

    /** The number of links the rendered text holds, for limits such as "at most 2 links per post". */
    public static int linkCount(RenderedText text) {
        int count = 0;
        int at = text.html().indexOf("<a ");
        while (at >= 0) {
            count++;
            at = text.html().indexOf("<a ", at + 3);
        }
        return count;
    }

    /** The plain words of rendered text, for search snippets, feeds' summaries and mails. */
    public static String plain(RenderedText text) {
        String spaced = BLOCK_END.matcher(text.html()).replaceAll(" ");
        return Encoding.decodeHtml(TEXT_ONLY.sanitize(spaced), false).replaceAll("\\s+", " ").strip();
    }
}
