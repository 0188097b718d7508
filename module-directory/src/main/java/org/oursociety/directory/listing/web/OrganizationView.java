package org.oursociety.directory.listing.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.oursociety.directory.listing.application.HsdsPublication;
import org.oursociety.portal.api.area.AreaContext;

/** {@code /directory/{area}/organization.xhtml?id=...}: what an organisation does, its services and places. */
@Named
@RequestScoped
public class OrganizationView {

    /** A service of the organisation. */
    public record Service(String id, String name, String description) {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    HttpServletResponse response;

    @Inject
    HsdsPublication publication;

    @Inject
    AreaContext area;

    private ObjectNode organization;

    @PostConstruct
    void load() {
        String id = request.getParameter("id");
        if (id == null || area.getCurrent() == null) {
            return;
        }
        organization = publication.organization(id, publication.scope(area.getCurrent().slug())).orElse(null);
    }

    public void requireFound() throws IOException {
        if (organization == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public boolean isFound() {
        return organization != null;
    }

    public String getName() {
        return Listing.text(organization, "name");
    }

    public String getDescription() {
        return Listing.text(organization, "description");
    }

    public String getWebsite() {
        String url = Listing.text(organization, "website");
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    public String getEmail() {
        return Listing.text(organization, "email");
    }

    public List<Service> getServices() {
        List<Service> services = new ArrayList<>();
        JsonNode list = organization == null ? null : organization.get("services");
        if (list != null) {
            list.forEach(s -> services.add(new Service(s.get("id").asText(), Listing.text(s, "name"),
                    Listing.text(s, "description"))));
        }
        return services;
    }

    public List<String> getPlaces() {
        List<String> places = new ArrayList<>();
        JsonNode list = organization == null ? null : organization.get("locations");
        if (list != null) {
            list.forEach(l -> {
                JsonNode address = l.path("addresses").path(0);
                String line = address.isMissingNode() ? "" : " — " + String.join(", ", java.util.stream.Stream.of(
                        Listing.text(address, "address_1"), Listing.text(address, "city"),
                        Listing.text(address, "postal_code")).filter(java.util.Objects::nonNull).toList());
                places.add((Listing.text(l, "name") == null ? "" : Listing.text(l, "name")) + line);
            });
        }
        return places;
    }
}
