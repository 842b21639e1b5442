package org.socialprescribing.portal.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Tells the directory whose request this is: the resident's own address as {@code X-Forwarded-For}, so the directory's
 * per-address rate limits count each person, not the portal as one client. The address is the one Quarkus resolved
 * for the request (behind a TLS proxy, from the proxy's {@code X-Forwarded-For} when that proxy is trusted through
 * {@code quarkus.http.proxy.*}); whatever a browser itself sends in that header is not passed on.
 */
@ApplicationScoped
public class ForwardedFor implements ClientHeadersFactory {

    static final String HEADER = "X-Forwarded-For";

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
        SocketAddress address = current == null ? null : current.request().remoteAddress();
        if (address != null && address.hostAddress() != null) {
            headers.putSingle(HEADER, address.hostAddress());
        }
        return headers;
    }
}
