package org.socialprescribing.directory.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * One GET to a feed over Vert.x's HTTP client (docs/decisions/0007-feed-client-pinned-address.md): the host is looked
 * up once, its addresses checked ({@link FeedAddresses#checked}), and the connection made to exactly the checked
 * address, while the request and TLS still name the host (Host header, SNI, the certificate checked against the
 * name). The whole exchange, headers and body, has one deadline, and the body is refused as soon as it passes its
 * cap, so neither a dripping nor a huge answer can hold a pull. Redirects are never followed.
 */
final class PinnedFeedHttp implements AutoCloseable {

    /** A complete answer: its status, and its body when the status is 200. */
    record Answer(int status, byte[] body) {
    }

    /** The deadline passed before the answer was complete. */
    static final class DeadlinePassed extends Exception {
        DeadlinePassed() {
            super(null, null, false, false);
        }
    }

    /** The body passed its cap; what came was dropped and the connection closed. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final HttpClient http;
    private final FeedResolver resolver;
    private final boolean allowPrivate;

    PinnedFeedHttp(Vertx vertx, HttpClientOptions options, FeedResolver resolver, boolean allowPrivate) {
        // Vert.x checks the certificate against the request's host when verify-host is on (its default, kept on);
        // SNI is sent with that host too (force-SNI), not with the address connected to.
        this.http = vertx.createHttpClient(new HttpClientOptions(options).setVerifyHost(true).setForceSni(true)
                .setTrustAll(false).setTryUseCompression(false));
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    Answer get(URI uri, Duration within, long maxBytes) throws IOException, DeadlinePassed, TooLarge {
        long deadline = System.nanoTime() + within.toNanos();
        boolean tls = "https".equals(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        String host = uri.getHost();
        InetAddress address = FeedAddresses.checked(host, resolver, allowPrivate)[0];
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new DeadlinePassed();
        }
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET)
                // The address as a literal: Vert.x connects to it without another look-up.
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(host.startsWith("[") ? host.substring(1, host.length() - 1) : host).setPort(port)
                .setSsl(tls).setURI(path).setFollowRedirects(false).setConnectTimeout(left)
                .putHeader("Accept", "application/json");
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        http.request(request).onComplete(opened -> {
            if (opened.failed()) {
                answer.completeExceptionally(opened.cause());
                return;
            }
            // Refused, too large or out of time: the connection is dropped, not drained or returned to the pool.
            answer.whenComplete((done, failure) -> {
                if (failure != null) {
                    opened.result().reset();
                }
            });
            opened.result().send().onComplete(sent -> {
                if (sent.failed()) {
                    answer.completeExceptionally(sent.cause());
                } else {
                    read(sent.result(), maxBytes, answer);
                }
            });
        });
        try {
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (answer.completeExceptionally(new DeadlinePassed())) {
                throw new DeadlinePassed();
            }
            return answer.join();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TooLarge tooLarge) {
                throw tooLarge;
            }
            if (e.getCause() instanceof FeedUnavailableException refused) {
                throw refused;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(false);
            Thread.currentThread().interrupt();
            throw new FeedUnavailableException("Interrupted while reading the feed.");
        }
    }

    private static void read(HttpClientResponse response, long maxBytes, CompletableFuture<Answer> answer) {
        if (response.statusCode() != 200) {
            // Only the status matters; an error page's body is not read at all.
            answer.complete(new Answer(response.statusCode(), null));
            response.request().reset();
            return;
        }
        String length = response.getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBytes) {
            answer.completeExceptionally(new TooLarge());
            return;
        }
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (answer.isDone()) {
                return;
            }
            if ((long) body.length() + chunk.length() > maxBytes) {
                answer.completeExceptionally(new TooLarge());
                return;
            }
            body.appendBuffer(chunk);
        });
        response.exceptionHandler(answer::completeExceptionally);
        response.endHandler(end -> answer.complete(new Answer(200, body.getBytes())));
    }

    @Override
    public void close() {
        http.close();
    }
}
