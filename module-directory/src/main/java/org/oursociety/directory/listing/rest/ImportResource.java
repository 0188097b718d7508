package org.oursociety.directory.listing.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.oursociety.directory.listing.application.ImportReport;
import org.oursociety.directory.listing.application.ImportService;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code POST /directory/api/areas/{area}/import}: HSDS 3.0 JSON into the area ({@code directory.manage}). */
@Path("areas/{area}/import")
@RequestScoped
public class ImportResource {

    @Inject
    ImportService imports;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importJson(@PathParam("area") String area, String body) {
        return imports.importJson(currentUser.user().orElse(null), area, body);
    }

    /** The tabular data package: a zip of the HSDS CSV files. */
    @POST
    @Consumes({"application/zip", "application/x-zip-compressed"})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importZip(@PathParam("area") String area, java.io.InputStream zip) {
        return imports.importZip(currentUser.user().orElse(null), area, zip);
    }
}
