package org.oursociety.portal.api.search;

/**
 * One thing a module found for the portal's search.
 *
 * @param title   what it is called, e.g. a proposal's title
 * @param href    its page, an absolute path within the portal ({@code /budget/riverside/proposal.xhtml?id=7})
 * @param snippet a line of plain text (no HTML) around what matched, or {@code null}
 */
public record SearchHit(String title, String href, String snippet) {

    /** Cuts a text to a snippet of at most {@code max} characters, on a word if one is near. */
    public static String snippet(String text, int max) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
