package org.oursociety.forum.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.web.ForumPages;
import org.oursociety.forum.search.application.SearchService;
import org.oursociety.forum.space.application.SpaceService;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code /forum/{area}/search.xhtml?q=&category=&from=&to=&page=} searches one area's space;
 * {@code /forum/search.xhtml?q=&page=} every space the reader may read. Plain GET forms, so results can be linked.
 */
@Named
@RequestScoped
public class SearchView {

    @Inject
    SearchService search;

    @Inject
    SpaceService spaces;

    @Inject
    CurrentUser currentUser;

    @Inject
    AreaDirectory areas;

    private String area;
    private String q;
    private String category;
    private String from;
    private String to;
    private int page = 1;
    private List<Category> categories = List.of();
    private SearchService.Results results = new SearchService.Results(List.of(), 0);

    public void load() {
        area = ForumPages.currentArea();
        try {
            if (area == null) {
                results = search.searchEverywhere(currentUser.user(), q, page);
                return;
            }
            categories = spaces.categories(currentUser.user(), area);
            UUID categoryId = null;
            if (category != null && !category.isBlank()) {
                try {
                    categoryId = UUID.fromString(category);
                } catch (IllegalArgumentException e) {
                    categoryId = null;
                }
            }
            results = search.search(currentUser.user(), area, q,
                    new SearchService.Filters(categoryId, null, date(from, "from"), date(to, "to")), page);
        } catch (Refusal refused) {
            if (refused.kind() == Refusal.Kind.INVALID) {
                ForumPages.show(refused, Map.of()); // plain GET form: shown above it
            } else {
                ForumPages.refuseView(refused);
            }
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, ForumText.of("forum.search.date.invalid"));
        }
    }

    public int getPages() {
        // only the newest RANKED matches are paged through (the heading still gives the whole count)
        long shown = Math.min(results.total(), SearchService.RANKED);
        return (int) Math.max(1, (shown + SearchService.PAGE_SIZE - 1) / SearchService.PAGE_SIZE);
    }

    /** More matches than can be paged through: the page says only the newest are shown, so add words. */
    public boolean isCapped() {
        return results.total() > SearchService.RANKED;
    }

    public int getRanked() {
        return SearchService.RANKED;
    }

    /** True on {@code /forum/search.xhtml}: every space, no area filters. */
    public boolean isEverywhere() {
        return area == null;
    }

    /** The area's name for a result found in another space, so readers know where it was said. */
    public String areaName(String slug) {
        return areas.current().bySlug(slug).map(AreaMap.AreaRef::name).orElse(slug);
    }

    /** This search on another page: the words and filters encoded, so a query with {@code &} or {@code #} survives. */
    public String pageLink(int number) {
        StringBuilder link = new StringBuilder(isEverywhere() ? "/forum/search.xhtml" : "/forum/" + area + "/search.xhtml");
        link.append("?q=").append(encode(q)).append("&page=").append(number);
        for (Map.Entry<String, String> filter : Map.of("category", value(category), "from", value(from), "to", value(to)).entrySet()) {
            if (!filter.getValue().isEmpty() && !isEverywhere()) {
                link.append('&').append(filter.getKey()).append('=').append(encode(filter.getValue()));
            }
        }
        return link.toString();
    }

    /** The same words searched in every space. */
    public String getEverywhereLink() {
        return "/forum/search.xhtml?q=" + encode(q);
    }

    private static String value(String v) {
        return v == null ? "" : v.strip();
    }

    private static String encode(String v) {
        return URLEncoder.encode(value(v), StandardCharsets.UTF_8);
    }

    public String getArea() {
        return area;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public SearchService.Results getResults() {
        return results;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
