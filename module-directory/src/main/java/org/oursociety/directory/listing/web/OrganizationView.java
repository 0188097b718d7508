package org.oursociety.directory.listing.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
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
    HsdsPublication publication;

    @Inject
    AreaContext area;

    @Inject
    org.oursociety.directory.exchange.application.ExchangeService exchange;

    /** A link to another organisation, said from this page's side. */
    public record Link(String organizationId, String name, String relation) {
    }

    /** An open want or offer. */
    public record Post(String id, String kind, String category, String title, String bodyHtml, String ends) {
    }

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
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
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

    /** Links both ways: "Partner of X", "Member of Y", "Y has this member: X"... as message keys and names. */
    public List<Link> getLinks() {
        if (organization == null) {
            return List.of();
        }
        String id = organization.get("id").asText();
        return exchange.linksOf(id).stream().map(l -> l.fromId().equals(id)
                ? new Link(l.toId(), l.toName(), "link.out." + l.kind())
                : new Link(l.fromId(), l.fromName(), "link.in." + l.kind())).toList();
    }

    public List<Post> getPosts() {
        if (organization == null) {
            return List.of();
        }
        java.util.Locale language = org.oursociety.portal.api.i18n.Languages.of(request);
        return exchange.openOf(organization.get("id").asText()).stream().map(p -> new Post(p.id().toString(), p.kind(),
                p.category(), p.title(), p.bodyHtml(), Listing.date(p.endsOn(), language))).toList();
    }

    public String getId() {
        return Listing.text(organization, "id");
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
