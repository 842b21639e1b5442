package org.socialprescribing.portal.rest;

import java.io.InputStream;
import java.net.URLConnection;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * GOV.UK Frontend's compiled CSS refers to {@code /assets/...} absolutely: serve the webjar's {@code dist/govuk/assets}
 * folder there.
 */
@Path("/assets")
public class AssetResource {

    static final String ROOT = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/";

    @GET
    @Path("{path: .+}")
    @PermitAll
    public Response asset(@PathParam("path") String path) {
        if (path.contains("..") || path.startsWith("/")) {
            throw new NotFoundException();
        }
        InputStream content = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + path);
        if (content == null) {
            throw new NotFoundException();
        }
        String type = URLConnection.guessContentTypeFromName(path);
        if (path.endsWith(".woff2")) {
            type = "font/woff2";
        } else if (path.endsWith(".woff")) {
            type = "font/woff";
        } else if (path.endsWith(".svg")) {
            type = "image/svg+xml";
        }
        return Response.ok(content, type == null ? "application/octet-stream" : type)
                .header("Cache-Control", "public, max-age=86400").build();
    }
}
