package org.oursociety.directory.imports.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.oursociety.directory.imports.application.ImportJob;
import org.oursociety.directory.imports.application.ImportJobs;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * Large imports as jobs: {@code POST /directory/api/areas/{area}/imports} (HSDS JSON, or the CSV data package
 * as a zip; streamed, see {@code portal.api.streamed-body-paths}) answers 202 with the job at once;
 * {@code GET /directory/api/imports/{id}} says how far it is (records done of total, problems so far).
 * Small files keep the one-request {@code POST .../import}.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportJobResource {

    static final ObjectMapper OUT = new ObjectMapper().registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("areas/{area}/imports")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response importJson(@PathParam("area") String area, InputStream body) {
        return accepted(jobs.startHsds(currentUser.user().orElse(null), area, body, false));
    }

    @POST
    @Path("areas/{area}/imports")
    @Consumes({"application/zip", "application/x-zip-compressed"})
    public Response importZip(@PathParam("area") String area, InputStream body) {
        return accepted(jobs.startHsds(currentUser.user().orElse(null), area, body, true));
    }

    @GET
    @Path("imports/{id}")
    public Response progress(@PathParam("id") String id) {
        UUID job;
        try {
            job = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound();
        }
        if (currentUser.user().isEmpty()) {
            throw Refusal.signInFirst();
        }
        return Response.ok(json(jobs.progress(currentUser.user().get(), job).orElseThrow(Refusal::notFound))).build();
    }

    /** 202 with the job and where to follow it. */
    public static Response accepted(ImportJob.Progress started) {
        return Response.accepted(json(started)).location(URI.create("/directory/api/imports/" + started.id()))
                .type(MediaType.APPLICATION_JSON).build();
    }

    private static byte[] json(Object value) {
        try {
            return OUT.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
