package org.socialprescribing.directory.client;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.socialprescribing.directory.config.FeedConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;

/**
 * Reads another directory's Open Referral UK API: pages of {@code /services?full=true} and single
 * {@code /services/{id}}. Each request has one deadline for headers and body and a cap on its body
 * ({@link PinnedFeedHttp}); running out of time, network errors and 5xx/429 answers are retried with a doubling wait;
 * other answers, a body over the cap and an address that is refused fail at once.
 */
@ApplicationScoped
public class OrukFeedClient {

    private static final Logger LOG = Logger.getLogger(OrukFeedClient.class);

    /** A page of services and whether more follow. */
    public record FeedPage(List<JsonNode> services, boolean lastPage) {
    }

    private final FeedConfig config;
    private final ObjectMapper json;
    private final PinnedFeedHttp http;

    @Inject
    public OrukFeedClient(FeedConfig config, ObjectMapper json, Vertx vertx) {
        this(config, json, vertx, new HttpClientOptions(), FeedResolver.SYSTEM);
    }

    /** With another resolver, or other TLS trust (tests). */
    OrukFeedClient(FeedConfig config, ObjectMapper json, Vertx vertx, HttpClientOptions options,
            FeedResolver resolver) {
        this.config = config;
        this.json = json;
        this.http = new PinnedFeedHttp(vertx, options, resolver, config.allowPrivateAddresses());
    }

    @PreDestroy
    void stop() {
        http.close();
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
        URI uri = address(url);
        long maxBytes = config.maxPageSize().asLongValue();
        Duration wait = config.retryBackoff();
        String failure = null;
        for (int attempt = 0; attempt <= config.retries(); attempt++) {
            if (attempt > 0) {
                LOG.infof("Feed %s: %s failed (%s); attempt %d of %d", uri.getHost(), what, failure, attempt + 1,
                        config.retries() + 1);
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
            // Each attempt looks the host up once and checks what it connects to: a retry after a back-off may get
            // another answer (DNS rebinding), which must be refused then too.
            try {
                PinnedFeedHttp.Answer answer = http.get(uri, config.timeout(), maxBytes);
                if (answer.status() == 200) {
                    try {
                        return json.readTree(answer.body());
                    } catch (IOException e) {
                        throw new FeedUnavailableException("The feed's " + what + " is not JSON.");
                    }
                }
                failure = "HTTP " + answer.status();
                if (answer.status() != 429 && answer.status() < 500) {
                    break;
                }
            } catch (PinnedFeedHttp.DeadlinePassed e) {
                failure = "no complete answer within " + config.timeout().toMillis() + " ms (directory.feeds.timeout)";
            } catch (PinnedFeedHttp.TooLarge e) {
                throw new FeedUnavailableException("The feed's " + what + " is larger than "
                        + config.maxPageSize().asLongValue() + " bytes (directory.feeds.max-page-size); it was refused"
                        + " and not read further.");
            } catch (IOException e) {
                failure = "network error: " + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName();
            }
        }
        throw new FeedUnavailableException("Could not read the feed's " + what + ": " + failure + ".");
    }

    /** The address to fetch: absolute, with a host, and https unless plain http is allowed (local runs). */
    private URI address(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new FeedUnavailableException("The feed address is not a valid URL.");
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new FeedUnavailableException("The feed address is not a valid http(s) URL.");
        }
        if ("http".equals(uri.getScheme()) && !config.allowPlainHttp()) {
            throw new FeedUnavailableException("The feed address is plain http; feeds must be https://"
                    + " (directory.feeds.allow-plain-http is for local runs only).");
        }
        return uri;
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
