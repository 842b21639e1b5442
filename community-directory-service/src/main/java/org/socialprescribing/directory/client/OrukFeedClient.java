package org.socialprescribing.directory.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.socialprescribing.directory.config.FeedConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads another directory's Open Referral UK API: pages of {@code /services?full=true} and single
 * {@code /services/{id}}. Each request has a timeout; timeouts, network errors and 5xx/429 answers are retried with
 * a doubling wait; other answers fail at once.
 */
@ApplicationScoped
public class OrukFeedClient {

    private static final Logger LOG = Logger.getLogger(OrukFeedClient.class);

    /** A page of services and whether more follow. */
    public record FeedPage(List<JsonNode> services, boolean lastPage) {
    }

    private final FeedConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public OrukFeedClient(FeedConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        // A redirect could lead to a private address the registered one was checked against.
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(
                        config.allowPrivateAddresses() ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                .build();
    }

    public FeedPage page(String baseUrl, int page) {
        JsonNode body = get(root(baseUrl) + "/services?full=true&page=" + page + "&per_page=" + config.pageSize(),
                "page " + page);
        JsonNode contents = body.path("contents");
        if (!contents.isArray()) {
            throw new FeedUnavailableException("Page " + page + " is not an Open Referral UK page (no contents).");
        }
        List<JsonNode> services = new ArrayList<>();
        contents.forEach(services::add);
        int totalPages = body.path("total_pages").asInt(page);
        boolean last = body.path("last_page").asBoolean(page >= totalPages) || services.isEmpty();
        return new FeedPage(services, last);
    }

    /** The full record, for feeds whose lists leave out the nested parts. */
    public JsonNode service(String baseUrl, String id) {
        return get(root(baseUrl) + "/services/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"),
                "service " + id);
    }

    private JsonNode get(String url, String what) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                    .header("Accept", "application/json").GET().build();
        } catch (IllegalArgumentException e) {
            throw new FeedUnavailableException("The feed address is not a valid URL.");
        }
        Duration wait = config.retryBackoff();
        String failure = null;
        for (int attempt = 0; attempt <= config.retries(); attempt++) {
            if (attempt > 0) {
                LOG.infof("Feed %s: %s failed (%s); attempt %d of %d", request.uri().getHost(), what, failure,
                        attempt + 1, config.retries() + 1);
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
            refusePrivate(request.uri());
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 200) {
                    try {
                        return json.readTree(response.body());
                    } catch (IOException e) {
                        throw new FeedUnavailableException("The feed's " + what + " is not JSON.");
                    }
                }
                failure = "HTTP " + status;
                if (status != 429 && status < 500) {
                    break;
                }
            } catch (HttpTimeoutException e) {
                failure = "no answer within " + config.timeout().toMillis() + " ms";
            } catch (IOException e) {
                failure = "network error: " + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedUnavailableException("Interrupted while reading the feed's " + what + ".");
            }
        }
        throw new FeedUnavailableException("Could not read the feed's " + what + ": " + failure + ".");
    }

    /**
     * Checked before every attempt, not once per fetch: the JVM keeps a host's addresses for about 30 s, so a retry
     * after a timeout and a back-off resolves the name again, and a name that now points inside (DNS rebinding)
     * must be refused then too. The connection that follows uses the addresses just checked, which the JVM keeps.
     */
    private void refusePrivate(URI uri) {
        if (!config.allowPrivateAddresses()) {
            FeedAddresses.refusal(uri).ifPresent(why -> {
                throw new FeedUnavailableException("The feed address is not a public one: " + why + ".");
            });
        }
    }

    private static String root(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedUnavailableException("Interrupted while waiting to retry the feed.");
        }
    }
}
