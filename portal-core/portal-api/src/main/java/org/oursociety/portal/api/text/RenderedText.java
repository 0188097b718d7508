package org.oursociety.portal.api.text;

/**
 * A member's text as they wrote it (Markdown, kept for editing) and as pages show it (safe HTML).
 * Store both; show only {@link #html}.
 */
public record RenderedText(String source, String html) {
}
