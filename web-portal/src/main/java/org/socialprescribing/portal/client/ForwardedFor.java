package org.socialprescribing.portal.client;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Tells the directory whose request this is, so that its per-address rate limits count each person, not the portal as
 * one client. The portal acts as any proxy does: it passes on the {@code X-Forwarded-For} it received (the right-most
 * few hops; only that end is vouched for) with the address its own connection came from appended. The directory
 * reads the chain from the right and stops at the first hop that is not one of its trusted proxies, so whatever a
 * browser writes into the header itself is never taken as its address, behind an ingress or not.
 */
@ApplicationScoped
public class ForwardedFor implements ClientHeadersFactory {

    static final String HEADER = "X-Forwarded-For";
    /** Hops passed on at most: the directory needs only the right-hand end (the ingress, the client before it). */
    static final int MAX_HOPS = 5;

    private final CurrentVertxRequest request;

    public ForwardedFor(CurrentVertxRequest request) {
        this.request = request;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
            MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (!Arc.container().requestContext().isActive()) {
            return headers;
        }
        RoutingContext current = request.getCurrent();
        if (current == null) {
            return headers;
        }
        HttpServerRequest incoming = current.request();
        // The connection's own peer: with quarkus.http.proxy.* on, remoteAddress() would be a forwarded claim.
        SocketAddress peer = incoming.connection() != null
                ? incoming.connection().remoteAddress()
                : incoming.remoteAddress();
        List<String> hops = new ArrayList<>();
        for (String header : incoming.headers().getAll(HEADER)) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        if (peer != null && peer.hostAddress() != null) {
            hops.add(peer.hostAddress());
        }
        if (!hops.isEmpty()) {
            headers.putSingle(HEADER, String.join(", ", hops.subList(Math.max(0, hops.size() - MAX_HOPS),
                    hops.size())));
        }
        return headers;
    }
}
