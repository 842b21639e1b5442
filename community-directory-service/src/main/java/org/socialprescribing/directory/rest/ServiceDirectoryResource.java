package org.socialprescribing.directory.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.directory.CommunityService;
import org.socialprescribing.directory.ServiceAtLocation;
import org.socialprescribing.directory.repository.ServiceSearch;
import org.socialprescribing.directory.service.DirectoryReadService;
import org.socialprescribing.directory.service.Match;
import org.socialprescribing.directory.service.PageOf;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Open Referral UK 3.0: public, read-only services and taxonomy (no sign-in, any origin). */
@Path("/")
@PermitAll
@Tag(name = "Open Referral UK")
public class ServiceDirectoryResource {

    static final String NDJSON = "application/x-ndjson";
    static final int EXPORT_BATCH = 200;

    private final DirectoryReadService directory;
    private final SearchAnswers answers;
    private final ObjectMapper json;

    public ServiceDirectoryResource(DirectoryReadService directory, SearchAnswers answers, ObjectMapper json) {
        this.directory = directory;
        this.answers = answers;
        this.json = json;
    }

    /** The ORUK profile's API description. */
    public record ApiInfo(String version, String profile, @JsonProperty("openapi_url") String openapiUrl) {
    }

    static final String ORUK_PROFILE = "https://openreferraluk.org/";

    @GET
    @Operation(summary = "API version and profile (Open Referral UK 3.0)")
    @APIResponse(responseCode = "200", description = "Version, profile and the OpenAPI document's address")
    @APIResponse(responseCode = "429", description = RateLimited.DESCRIPTION)
    @RateLimited(RateLimits.Kind.PUBLIC_READ)
    public ApiInfo info(@jakarta.ws.rs.core.Context UriInfo uri) {
        return new ApiInfo("HSDS-UK-3.0", ORUK_PROFILE, uri.getBaseUriBuilder().path("q/openapi").build().toString());
    }

    @GET
    @Path("services")
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    @Operation(summary = "Search published services (ORUK paging and filters, plus the documented extensions);"
            + " format=ndjson streams every match as a full record, one per line (the directory's export)")
    @APIResponse(responseCode = "200", description = "A page of services, best match first when searching;"
            + " with format=ndjson, one full service per line", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(allOf = OrukViews.Paged.class, properties = @SchemaProperty(name = "contents", type = SchemaType.ARRAY, implementation = ServiceViews.ServiceView.class))))
    @APIResponse(responseCode = "400", description = "A parameter has a bad value (named in the problem)")
    @APIResponse(responseCode = "429", description = RateLimited.DESCRIPTION)
    @RateLimited(RateLimits.Kind.PUBLIC_READ)
    public Response services(@BeanParam SearchParameters parameters, @QueryParam("format") String format) {
        ServiceSearch search = parameters.toSearch(directory);
        if (QueryParameters.format(format)) {
            return Response.ok(export(directory.spellingCorrected(search))).type(NDJSON).build();
        }
        boolean full = parameters.full();
        return Response.ok(answers.json("services", search, full, () -> {
            PageOf<Match<CommunityService>> page = directory.searchServices(search, full);
            return SearchAnswers.Answer.of(OrukViews.Paged.of(page, match -> full
                    ? ServiceViews.ServiceView.full(match.item(), next(match))
                    : ServiceViews.ServiceView.summary(match)), page);
        })).type(MediaType.APPLICATION_JSON).build();
    }

    /** One line of an export: the service's id (where the next batch starts) and its JSON. */
    private record ExportLine(UUID id, byte[] json) {
    }

    /** Every match as one full HSDS service per line, read in batches by id so memory stays flat. */
    private StreamingOutput export(ServiceSearch search) {
        return out -> {
            UUID after = new UUID(0, 0);
            while (true) {
                List<ExportLine> lines = directory.exportBatch(search, after, EXPORT_BATCH, this::exportLine);
                if (lines.isEmpty()) {
                    return;
                }
                for (ExportLine line : lines) {
                    out.write(line.json());
                    out.write('\n');
                }
                out.flush();
                after = lines.get(lines.size() - 1).id();
            }
        };
    }

    private ExportLine exportLine(CommunityService service) {
        try {
            return new ExportLine(service.id, json.writeValueAsBytes(ServiceViews.ServiceView.full(service, null)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write service " + service.id, e);
        }
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "One published service, in full")
    @APIResponse(responseCode = "200", description = "The service with its organisation, locations, schedules,"
            + " contacts, costs, languages, areas and taxonomy terms")
    @APIResponse(responseCode = "404", description = "No such published service")
    @APIResponse(responseCode = "429", description = RateLimited.DESCRIPTION)
    @RateLimited(RateLimits.Kind.PUBLIC_READ)
    public ServiceViews.ServiceView service(@PathParam("id") UUID id) {
        Match<CommunityService> match = directory.getService(id);
        return ServiceViews.ServiceView.full(match.item(), next(match));
    }

    @GET
    @Path("service_at_locations")
    @Operation(summary = "Search services at their locations; with a postcode or lat and lon, each carries its"
            + " distance and proximity limits it")
    @APIResponse(responseCode = "200", description = "A page of services at locations, best match first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(allOf = OrukViews.Paged.class, properties = @SchemaProperty(name = "contents", type = SchemaType.ARRAY, implementation = LocationViews.ServiceAtLocationView.class))))
    @APIResponse(responseCode = "400", description = "A parameter has a bad value, or the postcode is unknown")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "429", description = RateLimited.DESCRIPTION)
    @RateLimited(RateLimits.Kind.PUBLIC_READ)
    public Response servicesAtLocations(@BeanParam SearchParameters parameters) {
        ServiceSearch search = parameters.toSearch(directory);
        boolean full = parameters.full();
        return Response.ok(answers.json("service_at_locations", search, full, () -> {
            PageOf<Match<ServiceAtLocation>> page = directory.searchServicesAtLocations(search, full);
            return SearchAnswers.Answer.of(OrukViews.Paged.of(page,
                    match -> LocationViews.ServiceAtLocationView.of(match, full)), page);
        })).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("service_at_locations/{id}")
    @Operation(summary = "One published service at a location, with the full service")
    @APIResponse(responseCode = "200", description = "The service at location, its location and service")
    @APIResponse(responseCode = "404", description = "No such published service at location")
    @APIResponse(responseCode = "429", description = RateLimited.DESCRIPTION)
    @RateLimited(RateLimits.Kind.PUBLIC_READ)
    public LocationViews.ServiceAtLocationView serviceAtLocation(@PathParam("id") UUID id) {
        return LocationViews.ServiceAtLocationView.of(directory.getServiceAtLocation(id), true);
    }

    private static LocationViews.NextSession next(Match<?> match) {
        return match.nextSession().map(LocationViews.NextSession::of).orElse(null);
    }

    @GET
    @Path("taxonomies")
    @Operation(summary = "Taxonomies in use")
    @APIResponse(responseCode = "200", description = "A page of taxonomies")
    @APIResponse(responseCode = "400", description = "A parameter has a bad value (named in the problem)")
    @APIResponse(responseCode = "429", description = RateLimited.DESCRIPTION)
    @RateLimited(RateLimits.Kind.PUBLIC_READ)
    public OrukViews.Paged<OrukViews.TaxonomyView> taxonomies(@QueryParam("page") String page,
            @QueryParam("per_page") String perPage) {
        return OrukViews.Paged.of(
                directory.listTaxonomies(QueryParameters.page(page), QueryParameters.perPage(perPage)),
                OrukViews.TaxonomyView::of);
    }

    @GET
    @Path("taxonomies/{id}")
    @Operation(summary = "One taxonomy")
    @APIResponse(responseCode = "200", description = "The taxonomy")
    @APIResponse(responseCode = "404", description = "No such taxonomy")
    @APIResponse(responseCode = "429", description = RateLimited.DESCRIPTION)
    @RateLimited(RateLimits.Kind.PUBLIC_READ)
    public OrukViews.TaxonomyView taxonomy(@PathParam("id") UUID id) {
        return OrukViews.TaxonomyView.of(directory.getTaxonomy(id));
    }
}
