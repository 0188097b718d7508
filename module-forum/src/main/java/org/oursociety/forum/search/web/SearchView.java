package org.oursociety.forum.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /forum/{area}/search.xhtml?q=&category=&from=&to=&page=}: a plain GET form, so results can be linked. */
@Named
@RequestScoped
public class SearchView {

    @Inject
    SearchService search;

    @Inject
    SpaceService spaces;

    @Inject
    CurrentUser currentUser;

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
                throw Refusal.notFound();
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
        return (int) Math.max(1, (results.total() + SearchService.PAGE_SIZE - 1) / SearchService.PAGE_SIZE);
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
