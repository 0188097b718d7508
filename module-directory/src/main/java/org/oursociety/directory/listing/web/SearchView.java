package org.oursociety.directory.listing.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oursociety.directory.listing.application.HsdsPublication;
import org.oursociety.directory.listing.application.MapTiles;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.directory.listing.domain.OpeningTimes;
import org.oursociety.directory.listing.domain.SearchCriteria;
import org.oursociety.directory.listing.infrastructure.HsdsQueries;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

/**
 * {@code /directory/{area}/}: search and browse the area's services (and those of the areas below it) by
 * words, category, open now, age, free of charge and distance from a postcode. A plain GET form, so it
 * works without script and every search has its own address.
 */
@Named
@RequestScoped
public class SearchView {

    static final int PER_PAGE = 20;
    private static final List<Integer> DISTANCES = List.of(1, 2, 5, 10);

    /** One result as the list shows it. */
    public record Result(String id, String name, String organization, String organizationId, String summary,
                         List<String> openingTimes, String distance, boolean free, boolean openNow,
                         double[] place) {
    }

    /** A category to choose. */
    public record Category(String id, String name) {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    HsdsPublication publication;

    @Inject
    AreaContext area;

    @Inject
    MapTiles tiles;

    @Inject
    org.oursociety.portal.api.security.CurrentUser currentUser;

    @Inject
    org.oursociety.portal.api.area.AreaAccess access;

    private String q;
    private String category;
    private String postcode;
    private int miles = 2;
    private String age;
    private boolean free;
    private boolean openNow;
    private int page = 1;
    private long total;
    private List<Result> results = List.of();
    private final Map<String, String> errors = new java.util.LinkedHashMap<>();
    private boolean searched;

    @PostConstruct
    void search() {
        if (area.getCurrent() == null) {
            return;
        }
        Locale language = Languages.of(request);
        q = trimmed("q");
        category = trimmed("category");
        postcode = trimmed("postcode");
        age = trimmed("age");
        free = "on".equals(request.getParameter("free")) || "true".equals(request.getParameter("free"));
        openNow = "on".equals(request.getParameter("open")) || "true".equals(request.getParameter("open"));
        miles = number(trimmed("miles"), 2);
        if (!DISTANCES.contains(miles)) {
            miles = 2;
        }
        page = Math.max(1, number(trimmed("page"), 1));
        searched = q != null || category != null || postcode != null || age != null || free || openNow;

        Double years = null;
        if (age != null) {
            try {
                years = Double.parseDouble(age);
                if (years < 0 || years > 120) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.put("age", new Message("org.oursociety.directory.Messages", "search.age.invalid").in(language));
            }
        }
        SearchCriteria.Near near = null;
        if (postcode != null) {
            try {
                near = publication.near(postcode, miles * 1609.344, "postcode");
            } catch (Refusal refused) {
                errors.put("postcode", refused.fields().get("postcode").in(language));
            }
        }
        if (!errors.isEmpty()) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(Listing.LONDON);
        DayOfWeek today = now.getDayOfWeek();
        LocalTime time = now.toLocalTime().withSecond(0).withNano(0);
        List<String> scope = publication.scope(area.getCurrent().slug());
        SearchCriteria criteria = new SearchCriteria(scope, q, category, null, null, null, years, years,
                openNow ? today : null, openNow ? time : null, null, free, near);
        HsdsQueries.Page<HsdsQueries.Found> found;
        try {
            found = publication.search(criteria, page, PER_PAGE, true);
        } catch (Refusal busy) { // too many searches at once (SearchGate); the summary's link goes to Search
            errors.put("search-submit", busy.reason().in(language));
            return;
        }
        total = found.total();
        List<Result> shown = new ArrayList<>();
        Map<String, double[]> places = tiles.isOn()
                ? publication.placesOnMap(found.items().stream().map(f -> f.service().get("id").asText()).toList())
                : Map.of();
        for (HsdsQueries.Found f : found.items()) {
            ObjectNode service = f.service();
            OpeningTimes times = OpeningTimes.of(service.get("schedules"));
            String description = Listing.text(service, "description");
            shown.add(new Result(service.get("id").asText(), service.get("name").asText(),
                    f.organization() == null ? null : Listing.text(f.organization(), "name"),
                    f.organization() == null ? null : Listing.text(f.organization(), "id"),
                    description == null ? "" : description.length() > 200 ? description.substring(0, 197) + "…" : description,
                    times.inWords(language), Listing.distance(f.metres()), isFree(service),
                    times.isOpenAt(today, time), places.get(service.get("id").asText())));
        }
        results = shown;
    }

    private static boolean isFree(ObjectNode service) {
        String fees = Listing.text(service, "fees_description");
        return fees != null && fees.equalsIgnoreCase("free");
    }

    public List<Category> getCategories() {
        return publication.taxonomies(true, null, 1, 200).items().stream()
                .map(t -> new Category(t.get("id").asText(), t.get("name").asText())).toList();
    }

    private String trimmed(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The address of another page of the same search. */
    public String pageLink(int number) {
        StringBuilder link = new StringBuilder("?");
        append(link, "q", q);
        append(link, "category", category);
        append(link, "postcode", postcode);
        append(link, "miles", postcode == null ? null : Integer.toString(miles));
        append(link, "age", age);
        append(link, "free", free ? "on" : null);
        append(link, "open", openNow ? "on" : null);
        append(link, "page", Integer.toString(number));
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null) {
            link.append(link.length() > 1 ? "&" : "").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public String getQ() {
        return q;
    }

    public String getCategory() {
        return category;
    }

    public String getPostcode() {
        return postcode;
    }

    public int getMiles() {
        return miles;
    }

    public List<Integer> getDistances() {
        return DISTANCES;
    }

    public String getAge() {
        return age;
    }

    public boolean isFree() {
        return free;
    }

    public boolean isOpenNow() {
        return openNow;
    }

    public int getPage() {
        return page;
    }

    public long getTotal() {
        return total;
    }

    public boolean isHasNext() {
        return (long) page * PER_PAGE < total;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public List<Result> getResults() {
        return results;
    }

    /** Whether the reader may add organisations here (area admins). */
    public boolean isMayManage() {
        return area.getCurrent() != null && currentUser.user()
                .map(u -> access.can(u, org.oursociety.directory.listing.application.DirectoryPermissions.MANAGE,
                        area.getCurrent().slug())).orElse(false);
    }

    /** Whether the map is shown: a tile server is configured and a result on this page has a place. */
    public boolean isMapShown() {
        return tiles.isOn() && results.stream().anyMatch(r -> r.place() != null);
    }

    public MapTiles getTiles() {
        return tiles;
    }

    /**
     * The results with a place, as JSON for the map's script ({@code [{"lat","lon","name","href"}]}); the
     * page puts it in an attribute, escaped there.
     */
    public String getMapPlaces() {
        com.fasterxml.jackson.databind.node.ArrayNode places = HsdsStore.JSON.createArrayNode();
        for (Result r : results) {
            if (r.place() != null) {
                places.addObject().put("lat", r.place()[0]).put("lon", r.place()[1]).put("name", r.name())
                        .put("href", "service.xhtml?id=" + java.net.URLEncoder.encode(r.id(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return places.toString();
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public boolean isSearched() {
        return searched;
    }
}
