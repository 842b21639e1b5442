package org.socialprescribing.directory.rest;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.directory.service.PostcodeImport;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

/** Loads postcode centroids for the table locator (coordinators; the files are open data). */
@Path("/postcode_centroids")
@Tag(name = "Postcodes")
public class PostcodeCentroidResource {

    private static final List<MediaType> CSV = List.of(new MediaType("text", "csv"), MediaType.TEXT_PLAIN_TYPE);

    private final PostcodeImport imports;

    public PostcodeCentroidResource(PostcodeImport imports) {
        this.imports = imports;
    }

    /**
     * The media type is checked here, not with {@code @Consumes}: the framework refuses an unlisted type while it
     * picks the method, before the role rule, so an anonymous caller would learn 415 instead of 401.
     */
    @POST
    @RolesAllowed("coordinator")
    @RequestBody(content = {@Content(mediaType = "text/csv"), @Content(mediaType = "text/plain")})
    @Operation(summary = "Import an ONS Postcode Directory or Code-Point Open CSV (adds and replaces centroids)")
    @APIResponse(responseCode = "200", description = "What was imported and what was skipped, and why")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "415", description = "Not CSV")
    @APIResponse(responseCode = "422", description = "Not a file of either format")
    public PostcodeImport.Report importCsv(@HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, InputStream body) {
        if (type == null || CSV.stream().noneMatch(csv -> csv.getType().equalsIgnoreCase(type.getType())
                && csv.getSubtype().equalsIgnoreCase(type.getSubtype()))) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the file as text/csv.");
        }
        return imports.load(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)));
    }
}
