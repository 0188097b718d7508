package org.oursociety.directory.postcode.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.oursociety.directory.postcode.application.PostcodeService;
import org.oursociety.portal.api.security.CurrentUser;

/** {@code /directory/api/postcodes}: load a postcode CSV (platform admins), and how many are known. */
@Path("postcodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostcodeResource {

    @Inject
    PostcodeService postcodes;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public PostcodeService.Loaded load(InputStream csv) {
        return postcodes.importFile(currentUser.user().orElse(null), csv);
    }

    @GET
    public PostcodeService.Status status() {
        return postcodes.status();
    }
}
