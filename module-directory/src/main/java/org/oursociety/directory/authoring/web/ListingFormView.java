package org.oursociety.directory.authoring.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oursociety.directory.authoring.application.AuthoringService;
import org.oursociety.directory.authoring.domain.WeeklyHours;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.directory.stewardship.application.StewardshipService;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /directory/{area}/new.xhtml?type=organization} (area admins), {@code ?type=service&organization=...}
 * (its editors) and {@code hours.xhtml?id=...} (a service's opening hours): forms a volunteer can fill in,
 * opening hours as days ticked and two times per line. Field messages at the fields; a new listing opens
 * on its own page.
 */
@Named
@ViewScoped
public class ListingFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LINES = 3;

    /** One line of hours as the form holds it. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, Boolean> days = new LinkedHashMap<>();
        private String opens = "";
        private String closes = "";

        Line() {
            for (DayOfWeek day : DayOfWeek.values()) {
                days.put(WeeklyHours.code(day), false);
            }
        }

        public Map<String, Boolean> getDays() {
            return days;
        }

        public String getOpens() {
            return opens;
        }

        /** An empty field arrives as null (the portal's Faces setting considers empty strings null). */
        public void setOpens(String opens) {
            this.opens = opens == null ? "" : opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes == null ? "" : closes;
        }

        boolean isBlank() {
            return !days.containsValue(true) && opens.isBlank() && closes.isBlank();
        }
    }

    @Inject
    AuthoringService authoring;

    @Inject
    StewardshipService stewardship;

    @Inject
    CurrentUser currentUser;

    @Inject
    AreaContext area;

    @Inject
    AreaAccess access;

    private String type;
    private String id;
    private String organization;
    private String areaSlug;
    private String heading;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Checks who may use the form before showing it (404 for a missing record, 403 for others). */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        PortalUser user = currentUser.user().orElse(null);
        if (user == null) {
            var request = (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
            faces.getExternalContext().redirect("/login.xhtml?next=" + java.net.URLEncoder.encode(request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()), java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        areaSlug = area.getCurrent() == null ? null : area.getCurrent().slug();
        boolean allowed;
        if ("hours".equals(type)) {
            JsonNode service = id == null ? null : stewardship.document("service", id);
            organization = service == null ? null : stewardship.organizationOfService(id);
            if (service == null || organization == null) {
                notFound(faces);
                return;
            }
            heading = service.path("name").asText();
            allowed = stewardship.mayEdit(user, organization);
            for (WeeklyHours h : WeeklyHours.of(service.get("schedules"))) {
                Line line = new Line();
                h.days().forEach(d -> line.days.put(WeeklyHours.code(d), true));
                line.opens = h.opens().toString();
                line.closes = h.closes().toString();
                lines.add(line);
            }
        } else if ("service".equals(type)) {
            JsonNode org = organization == null ? null : stewardship.document("organization", organization);
            if (org == null) {
                notFound(faces);
                return;
            }
            heading = org.path("name").asText();
            allowed = stewardship.mayEdit(user, organization);
        } else if ("organization".equals(type) && areaSlug != null) {
            heading = area.getCurrent().name();
            allowed = access.can(user, "directory.manage", areaSlug);
        } else {
            notFound(faces);
            return;
        }
        if (!allowed) {
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
            return;
        }
        while (lines.size() < LINES) {
            lines.add(new Line());
        }
    }

    private static void notFound(FacesContext faces) throws IOException {
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }

    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale language = faces.getViewRoot().getLocale();
        errors.clear();
        ObjectNode fields = HsdsStore.JSON.createObjectNode();
        values.forEach((field, value) -> {
            String text = value == null ? "" : value.strip();
            if (text.isEmpty()) {
                return;
            }
            if (field.endsWith("_age")) {
                try {
                    fields.put(field, Double.parseDouble(text));
                } catch (NumberFormatException notANumber) {
                    fields.put(field, text); // refused at the field
                }
            } else {
                fields.put(field, text);
            }
        });
        ArrayNode hours = HsdsStore.JSON.createArrayNode();
        for (Line line : lines) {
            ObjectNode sent = hours.addObject();
            ArrayNode days = sent.putArray("days");
            line.days.forEach((code, on) -> {
                if (Boolean.TRUE.equals(on)) {
                    days.add(code);
                }
            });
            sent.put("opens", line.opens).put("closes", line.closes);
        }
        // blank lines are not lines; keep positions so messages land on the line they are about
        ArrayNode filled = HsdsStore.JSON.createArrayNode();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                filled.add(hours.get(i));
                positions.add(i);
            }
        }
        PortalUser user = currentUser.user().orElse(null);
        try {
            String target;
            if ("hours".equals(type)) {
                authoring.setHours(user, id, filled);
                target = "service.xhtml?id=" + id;
            } else if ("service".equals(type)) {
                fields.set("hours", filled);
                target = "service.xhtml?id=" + authoring.createService(user, organization, fields);
            } else {
                target = "organization.xhtml?id=" + authoring.createOrganization(user, areaSlug, fields);
            }
            faces.getExternalContext().redirect("/directory/" + areaSlug + "/" + target);
        } catch (Refusal refused) {
            if (refused.fields().isEmpty()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.reason().in(language), null));
            }
            refused.fields().forEach((field, message) -> {
                String at = field;
                java.util.regex.Matcher line = java.util.regex.Pattern.compile("hours\\[(\\d+)]\\.(\\w+)").matcher(field);
                if (line.matches()) {
                    int index = Integer.parseInt(line.group(1));
                    at = "line" + (index < positions.size() ? positions.get(index) : index) + "-" + line.group(2);
                }
                errors.put(at, message.in(language));
            });
        }
    }

    public Map<String, String> getValues() {
        return values;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<String> getDayCodes() {
        return List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getHeading() {
        return heading;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getBackLink() {
        return "hours".equals(type) ? "service.xhtml?id=" + id
                : "service".equals(type) ? "organization.xhtml?id=" + organization : "./";
    }
}
