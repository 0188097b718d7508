package org.oursociety.directory.listing.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.directory.listing.application.HsdsPublication;
import org.oursociety.directory.listing.domain.OpeningTimes;
import org.oursociety.directory.listing.domain.SearchCriteria;
import org.oursociety.directory.listing.infrastructure.HsdsQueries;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

/**
 * The open HSDS 3.0 API of the whole portal, {@code /directory/api/hsds}: no key, any origin, one base URL;
 * {@code area} narrows to an area and the areas below it. Paged lists have the HSDS page shape;
 * {@code format=ndjson} gives one record per line instead.
 */
@Path("hsds")
@RequestScoped
public class HsdsResource {

    public static final String PROFILE = "https://raw.githubusercontent.com/openreferral/specification/3.0/profiles/uk";
    private static final String NDJSON = "application/x-ndjson";
    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    @Inject
    HsdsPublication publication;

    @Context
    UriInfo uri;

    @GET
    public Response about() {
        ObjectNode about = HsdsStore.JSON.createObjectNode();
        about.put("version", "3.0");
        about.put("profile", PROFILE);
        about.put("openapi_url", uri.getBaseUri().toString() + "hsds/openapi.json");
        return json(about);
    }

    @GET
    @Path("openapi.json")
    public Response openapi() {
        var in = HsdsResource.class.getResourceAsStream("/hsds/openapi.json");
        if (in == null) {
            throw Refusal.notFound();
        }
        return open(Response.ok(in, "application/json"));
    }

    @GET
    @Path("services")
    public Response services(@QueryParam("search") String search, @QueryParam("page") String page,
                             @QueryParam("per_page") String perPage, @QueryParam("format") String format,
                             @QueryParam("taxonomy_term_id") String termId, @QueryParam("taxonomy_id") String taxonomyId,
                             @QueryParam("organization_id") String organizationId,
                             @QueryParam("modified_after") String modifiedAfter,
                             @QueryParam("minimal") String minimal, @QueryParam("full") String full,
                             @QueryParam("area") String area, @QueryParam("postcode") String postcode,
                             @QueryParam("proximity") String proximity,
                             @QueryParam("minimum_age") String minimumAge, @QueryParam("maximum_age") String maximumAge,
                             @QueryParam("day") String day, @QueryParam("start_time") String startTime,
                             @QueryParam("end_time") String endTime) {
        int number = positive("page", page, 1, Integer.MAX_VALUE);
        int size = positive("per_page", perPage, 50, HsdsPublication.MAX_PER_PAGE);
        boolean ndjson = ndjson(format);
        List<String> scope = publication.scope(area);
        SearchCriteria.Near near = postcode == null || postcode.isBlank() ? null
                : publication.near(postcode, metres(proximity), "postcode");
        SearchCriteria criteria = new SearchCriteria(scope, blankToNull(search), blankToNull(termId),
                blankToNull(taxonomyId), blankToNull(organizationId), instant("modified_after", modifiedAfter),
                age("minimum_age", minimumAge), age("maximum_age", maximumAge), day(day),
                time("start_time", startTime), time("end_time", endTime), false, near);
        if ("true".equalsIgnoreCase(full)) {
            HsdsQueries.Page<HsdsQueries.Found> found = publication.search(criteria, number, size, false);
            return page(found.total(), number, size, found.items().stream().map(publication::complete).toList(), ndjson);
        }
        HsdsQueries.Page<String> found = publication.listings(criteria, number, size);
        if ("true".equalsIgnoreCase(minimal)) {
            return page(found.total(), number, size, found.items().stream().map(HsdsResource::minimal).toList(), ndjson);
        }
        return pageOfText(found.total(), number, size, found.items(), ndjson);
    }

    /** Just the id and, when it has one, the last change of a service (HSDS {@code minimal=true}). */
    private static ObjectNode minimal(String listing) {
        ObjectNode service = (ObjectNode) HsdsStore.parse(listing);
        ObjectNode small = HsdsStore.JSON.createObjectNode();
        small.set("id", service.get("id"));
        if (service.hasNonNull("last_modified")) {
            small.set("last_modified", service.get("last_modified"));
        }
        return small;
    }

    @GET
    @Path("services/{id}")
    public Response service(@PathParam("id") String id, @QueryParam("area") String area) {
        return json(publication.service(id, publication.scope(area)).orElseThrow(Refusal::notFound));
    }

    @GET
    @Path("organizations")
    public Response organizations(@QueryParam("search") String search, @QueryParam("page") String page,
                                  @QueryParam("per_page") String perPage, @QueryParam("format") String format,
                                  @QueryParam("area") String area) {
        int number = positive("page", page, 1, Integer.MAX_VALUE);
        int size = positive("per_page", perPage, 50, HsdsPublication.MAX_PER_PAGE);
        boolean ndjson = ndjson(format);
        HsdsQueries.Page<ObjectNode> found = publication.organizations(publication.scope(area), blankToNull(search),
                number, size, false);
        return page(found.total(), number, size, found.items(), ndjson);
    }

    @GET
    @Path("organizations/{id}")
    public Response organization(@PathParam("id") String id, @QueryParam("area") String area) {
        return json(publication.organization(id, publication.scope(area)).orElseThrow(Refusal::notFound));
    }

    @GET
    @Path("taxonomies")
    public Response taxonomies(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                               @QueryParam("format") String format) {
        int number = positive("page", page, 1, Integer.MAX_VALUE);
        int size = positive("per_page", perPage, 50, HsdsPublication.MAX_PER_PAGE);
        boolean ndjson = ndjson(format);
        HsdsQueries.Page<ObjectNode> found = publication.taxonomies(false, null, number, size);
        return page(found.total(), number, size, found.items(), ndjson);
    }

    @GET
    @Path("taxonomies/{id}")
    public Response taxonomy(@PathParam("id") String id) {
        return json(publication.taxonomyRecord(false, id).orElseThrow(Refusal::notFound));
    }

    @GET
    @Path("taxonomy_terms")
    public Response terms(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                          @QueryParam("format") String format, @QueryParam("taxonomy_id") String taxonomyId) {
        int number = positive("page", page, 1, Integer.MAX_VALUE);
        int size = positive("per_page", perPage, 50, HsdsPublication.MAX_PER_PAGE);
        boolean ndjson = ndjson(format);
        HsdsQueries.Page<ObjectNode> found = publication.taxonomies(true, blankToNull(taxonomyId), number, size);
        return page(found.total(), number, size, found.items(), ndjson);
    }

    @GET
    @Path("taxonomy_terms/{id}")
    public Response term(@PathParam("id") String id) {
        return json(publication.taxonomyRecord(true, id).orElseThrow(Refusal::notFound));
    }

    @GET
    @Path("service_at_locations")
    public Response servicesAtLocations(@QueryParam("search") String search, @QueryParam("page") String page,
                                        @QueryParam("per_page") String perPage, @QueryParam("format") String format,
                                        @QueryParam("area") String area, @QueryParam("postcode") String postcode,
                                        @QueryParam("proximity") String proximity) {
        int number = positive("page", page, 1, Integer.MAX_VALUE);
        int size = positive("per_page", perPage, 50, HsdsPublication.MAX_PER_PAGE);
        boolean ndjson = ndjson(format);
        SearchCriteria.Near near = postcode == null || postcode.isBlank() ? null
                : publication.near(postcode, metres(proximity), "postcode");
        HsdsQueries.Page<ObjectNode> found = publication.servicesAtLocations(publication.scope(area), near,
                blankToNull(search), number, size);
        return page(found.total(), number, size, found.items(), ndjson);
    }

    @GET
    @Path("service_at_locations/{id}")
    public Response serviceAtLocation(@PathParam("id") String id, @QueryParam("area") String area) {
        return json(publication.serviceAtLocation(id, publication.scope(area)).orElseThrow(Refusal::notFound));
    }

    /** The whole published directory (or an area's) as the HSDS tabular data package, a zip of CSV files. */
    @GET
    @Path("export.zip")
    public Response export(@QueryParam("area") String area) {
        List<String> scope = publication.scope(area);
        org.oursociety.directory.listing.application.CsvExport export = new org.oursociety.directory.listing.application.CsvExport();
        for (int page = 1; ; page++) {
            HsdsQueries.Page<ObjectNode> orgs = publication.organizations(scope, null, page, HsdsPublication.MAX_PER_PAGE, false);
            orgs.items().forEach(export::organization);
            if ((long) page * HsdsPublication.MAX_PER_PAGE >= orgs.total()) {
                break;
            }
        }
        publication.locationsIn(scope).forEach(export::location);
        SearchCriteria all = SearchCriteria.in(scope);
        for (int page = 1; ; page++) {
            HsdsQueries.Page<HsdsQueries.Found> services = publication.search(all, page, HsdsPublication.MAX_PER_PAGE, false);
            services.items().forEach(f -> export.service(publication.complete(f)));
            if ((long) page * HsdsPublication.MAX_PER_PAGE >= services.total()) {
                break;
            }
        }
        publication.taxonomies(false, null, 1, HsdsPublication.MAX_PER_PAGE).items().forEach(export::taxonomy);
        for (int page = 1; ; page++) {
            HsdsQueries.Page<ObjectNode> terms = publication.taxonomies(true, null, page, HsdsPublication.MAX_PER_PAGE);
            terms.items().forEach(export::term);
            if ((long) page * HsdsPublication.MAX_PER_PAGE >= terms.total()) {
                break;
            }
        }
        jakarta.ws.rs.core.StreamingOutput zip = export::write;
        return open(Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"hsds-" + (area == null ? "directory" : area) + ".zip\""));
    }

    // ---- shapes -------------------------------------------------------------------------------------

    private static Response page(long total, int number, int size, List<ObjectNode> items, boolean ndjson) {
        return pageOfText(total, number, size, items.stream().map(ObjectNode::toString).toList(), ndjson);
    }

    /** A page of records already written as JSON text: the HSDS page shape, or one record per line. */
    private static Response pageOfText(long total, int number, int size, List<String> items, boolean ndjson) {
        StringBuilder body = new StringBuilder(items.stream().mapToInt(String::length).sum() + 256);
        if (ndjson) {
            items.forEach(item -> body.append(item).append('\n'));
            return open(Response.ok(body.toString().getBytes(StandardCharsets.UTF_8), NDJSON + ";charset=utf-8"));
        }
        long pages = total == 0 ? 0 : (total + size - 1) / size;
        body.append("{\"total_items\":").append(total).append(",\"total_pages\":").append(pages)
                .append(",\"page_number\":").append(number).append(",\"size\":").append(items.size())
                .append(",\"first_page\":").append(number == 1).append(",\"last_page\":").append(number >= pages)
                .append(",\"empty\":").append(items.isEmpty()).append(",\"contents\":[");
        for (int i = 0; i < items.size(); i++) {
            body.append(i == 0 ? "" : ",").append(items.get(i));
        }
        return json(body.append("]}").toString());
    }

    private static Response json(ObjectNode body) {
        return json(body.toString());
    }

    private static Response json(String body) {
        return open(Response.ok(body.getBytes(StandardCharsets.UTF_8), "application/json;charset=utf-8"));
    }

    /** The UK profile asks for an API any web page may call. */
    private static Response open(Response.ResponseBuilder response) {
        return response.header("Access-Control-Allow-Origin", "*").build();
    }

    // ---- parameters: a clear 400 naming the parameter, never a 500 -------------------------------------

    private static boolean ndjson(String format) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return false;
        }
        if (format.equals("ndjson")) {
            return true;
        }
        throw invalid("format", "api.format");
    }

    private static int positive(String name, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.invalid(name, new Message(DirectoryPermissions.BUNDLE, "api.number", 1, max));
    }

    private static double metres(String proximity) {
        if (proximity == null || proximity.isBlank()) {
            return 5000;
        }
        try {
            double metres = Double.parseDouble(proximity.trim());
            if (metres > 0 && metres <= 200_000) {
                return metres;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalid("proximity", "api.proximity");
    }

    private static Double age(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double age = Double.parseDouble(value.trim());
            if (age >= 0 && age <= 150) {
                return age;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalid(name, "api.age");
    }

    static DayOfWeek day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        DayOfWeek code = DAYS.get(v.length() >= 2 ? v.substring(0, 2) : v);
        if (code != null && (v.length() == 2 || code.name().equals(v))) {
            return code;
        }
        throw invalid("day", "api.day");
    }

    private static LocalTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalTime time = OpeningTimes.time(value.trim());
        if (time == null) {
            throw invalid(name, "api.time");
        }
        return time;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDate.parse(value.trim()).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                throw invalid(name, "api.date");
            }
        }
    }

    private static Refusal invalid(String field, String key) {
        return Refusal.invalid(field, new Message(DirectoryPermissions.BUNDLE, key));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Optional<String> nothing() {
        return Optional.empty();
    }
}
