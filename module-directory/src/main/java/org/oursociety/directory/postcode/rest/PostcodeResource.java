package org.oursociety.directory.postcode.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.oursociety.directory.imports.application.ImportJob;
import org.oursociety.directory.imports.application.ImportJobs;
import org.oursociety.directory.imports.rest.ImportJobResource;
import org.oursociety.directory.postcode.application.PostcodeService;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code /directory/api/postcodes}: load a postcode CSV (platform admins) as a background job, streamed
 * (the path is in {@code portal.api.streamed-body-paths}); and how many postcodes are known.
 */
@Path("postcodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostcodeResource {

    @Inject
    PostcodeService postcodes;

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response load(InputStream csv) {
        ImportJob.Progress started = jobs.startPostcodes(currentUser.user().orElse(null), csv);
        return ImportJobResource.accepted(started);
    }

    @GET
    public PostcodeService.Status status() {
        return postcodes.status();
    }
}
