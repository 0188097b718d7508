package org.oursociety.forum.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oursociety.portal.api.search.AreaSearchProvider;
import org.oursociety.portal.api.search.SearchHit;
import org.oursociety.portal.api.security.PortalUser;

/**
 * The forum's part of the portal's one search: its own full-text search of the area's posts and topic titles
 * ({@link SearchService#searchAsEveryone}: hidden posts never), each hit leading to its post.
 */
@ApplicationScoped
public class ForumPortalSearch implements AreaSearchProvider {

    @Inject
    SearchService search;

    @Override
    public List<SearchHit> search(String areaSlug, String query, Locale language, Optional<PortalUser> reader) {
        return search.searchAsEveryone(reader, areaSlug, query).results().stream().limit(MAX_RESULTS)
                .map(h -> new SearchHit(h.title(), "/forum/" + h.areaSlug() + "/topic.xhtml?id=" + h.topicId()
                        + "&page=" + h.page() + "#post-" + h.number(), plain(h.snippet())))
                .toList();
    }

    /** The snippet without its highlight marks and escapes: the portal's search shows plain text. */
    static String plain(String snippet) {
        if (snippet == null) {
            return null;
        }
        return SearchHit.snippet(snippet.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"), 200);
    }
}
