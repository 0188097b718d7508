package org.oursociety.directory.listing.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oursociety.directory.listing.application.HsdsPublication;
import org.oursociety.directory.listing.domain.OpeningTimes;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.i18n.Languages;

/**
 * {@code /directory/{area}/service.xhtml?id=...}: one service, for a resident deciding whether and how to
 * go: who it is for, how to get it, when it is open (in words), what it costs, languages, access, where,
 * and when the listing was last checked.
 */
@Named
@RequestScoped
public class ServiceView {

    /** A place where the service is given. */
    public record Place(String name, String address, String accessibility, String latitude, String longitude) {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    HsdsPublication publication;

    @Inject
    AreaContext area;

    private ObjectNode service;
    private Locale language;

    @PostConstruct
    void load() {
        language = Languages.of(request);
        String id = request.getParameter("id");
        if (id == null || area.getCurrent() == null) {
            return;
        }
        service = publication.service(id, publication.scope(area.getCurrent().slug())).orElse(null);
    }

    /** Answers 404 when there is no such published service here. */
    public void requireFound() throws IOException {
        if (service == null) {
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public boolean isFound() {
        return service != null;
    }

    public String getId() {
        return text("id");
    }

    public String getName() {
        return text("name");
    }

    public String getDescription() {
        return text("description");
    }

    public String getOrganization() {
        return service == null ? null : Listing.text(service.get("organization"), "name");
    }

    public String getOrganizationId() {
        return service == null ? null : Listing.text(service.get("organization"), "id");
    }

    public String getEligibility() {
        return text("eligibility_description");
    }

    /** "Ages 11 to 18", "Ages 60 and over", or null. */
    public String getAges() {
        JsonNode min = service == null ? null : service.get("minimum_age");
        JsonNode max = service == null ? null : service.get("maximum_age");
        boolean hasMin = min != null && min.isNumber();
        boolean hasMax = max != null && max.isNumber();
        boolean welsh = "cy".equals(language.getLanguage());
        if (hasMin && hasMax) {
            return (welsh ? "Oedran " : "Ages ") + min.asInt() + (welsh ? " i " : " to ") + max.asInt();
        }
        if (hasMin) {
            return (welsh ? "Oedran " : "Ages ") + min.asInt() + (welsh ? " a throsodd" : " and over");
        }
        if (hasMax) {
            return (welsh ? "Hyd at " : "Up to ") + max.asInt() + (welsh ? " oed" : " years old");
        }
        return null;
    }

    public String getApplicationProcess() {
        return text("application_process");
    }

    public List<String> getOpeningTimes() {
        return service == null ? List.of() : OpeningTimes.of(service.get("schedules")).inWords(language);
    }

    public String getScheduleNotes() {
        JsonNode schedules = service == null ? null : service.get("schedules");
        List<String> notes = new ArrayList<>();
        if (schedules != null && schedules.isArray()) {
            schedules.forEach(s -> {
                String description = Listing.text(s, "description");
                if (description != null) {
                    notes.add(description);
                }
            });
        }
        return notes.isEmpty() ? null : String.join(" ", notes);
    }

    public String getCost() {
        String fees = text("fees_description");
        if (fees != null) {
            return fees;
        }
        List<String> options = new ArrayList<>();
        JsonNode costs = service == null ? null : service.get("cost_options");
        if (costs != null && costs.isArray()) {
            costs.forEach(c -> {
                String amount = c.path("amount").isNumber() ? String.format(Locale.UK, "£%.2f", c.get("amount").asDouble()) : "";
                String option = Listing.text(c, "option");
                options.add((option == null ? "" : option + ": ") + amount
                        + (Listing.text(c, "amount_description") == null ? "" : " " + Listing.text(c, "amount_description")));
            });
        }
        return options.isEmpty() ? null : String.join("; ", options);
    }

    public List<String> getLanguages() {
        return service == null ? List.of() : Listing.names(service.get("languages"), "name");
    }

    public List<String> getPhones() {
        return service == null ? List.of() : Listing.names(service.get("phones"), "number");
    }

    public String getEmail() {
        return text("email");
    }

    public String getUrl() {
        String url = text("url");
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    public List<Place> getPlaces() {
        List<Place> places = new ArrayList<>();
        JsonNode sals = service == null ? null : service.get("service_at_locations");
        if (sals != null && sals.isArray()) {
            for (JsonNode sal : sals) {
                JsonNode location = sal.get("location");
                if (location == null) {
                    continue;
                }
                JsonNode address = location.path("addresses").path(0);
                String line = address.isMissingNode() ? null : String.join(", ", java.util.stream.Stream.of(
                        Listing.text(address, "address_1"), Listing.text(address, "address_2"), Listing.text(address, "city"),
                        Listing.text(address, "postal_code")).filter(java.util.Objects::nonNull).toList());
                places.add(new Place(Listing.text(location, "name"), line,
                        String.join(" ", Listing.names(location.get("accessibility"), "description")),
                        location.path("latitude").isNumber() ? location.get("latitude").asText() : null,
                        location.path("longitude").isNumber() ? location.get("longitude").asText() : null));
            }
        }
        return places;
    }

    /** When someone last confirmed the listing, in words; from the newest change in the metadata. */
    public String getLastChecked() {
        Instant last = lastChecked();
        return last == null ? null : Listing.date(last, language);
    }

    /** More than a year since the listing was last checked. */
    public boolean isMayBeOutOfDate() {
        Instant last = lastChecked();
        return last != null && last.isBefore(Instant.now().minus(Duration.ofDays(365)));
    }

    private Instant lastChecked() {
        String assured = text("assured_date");
        if (assured != null) {
            try {
                return java.time.LocalDate.parse(assured).atStartOfDay(Listing.LONDON).toInstant();
            } catch (RuntimeException unreadable) {
                // fall back on the change log
            }
        }
        JsonNode metadata = service == null ? null : service.get("metadata");
        Instant newest = null;
        if (metadata != null && metadata.isArray()) {
            for (JsonNode m : metadata) {
                String date = Listing.text(m, "last_action_date");
                try {
                    Instant at = date == null ? null : java.time.LocalDate.parse(date.substring(0, 10))
                            .atStartOfDay(Listing.LONDON).toInstant();
                    if (at != null && (newest == null || at.isAfter(newest))) {
                        newest = at;
                    }
                } catch (RuntimeException unreadable) {
                    // an imported date we cannot read says nothing about when we checked
                }
            }
        }
        return newest;
    }

    public String getStatus() {
        return text("status");
    }

    private String text(String field) {
        return service == null ? null : Listing.text(service, field);
    }
}
