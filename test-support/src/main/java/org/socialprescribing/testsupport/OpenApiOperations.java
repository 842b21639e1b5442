package org.socialprescribing.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The operations a service's published OpenAPI document ({@code /q/openapi?format=json}) lists, for tests that must
 * cover every one of them (access matrices, "401 before the body").
 */
public final class OpenApiOperations {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation; {@code examplePath} has each {@code {parameter}} replaced by a random UUID. */
    public record Operation(String method, String path, String examplePath, Set<String> statuses) {

        public boolean says(int status) {
            return statuses.contains(Integer.toString(status));
        }

        public boolean hasBody() {
            return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private OpenApiOperations() {
    }

    /** The operations of the service at {@code base} (its {@code /q/openapi?format=json}). */
    public static List<Operation> of(URI base) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest
                    .newBuilder(base.resolve("/q/openapi?format=json")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/q/openapi answered " + response.statusCode());
            }
            return of(new ObjectMapper().readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Calls every operation that documents a 401 without a token (a body of a type no endpoint takes, where it
     * takes one) and lists each that answered anything but 401: a secured endpoint must say "sign in" before it
     * looks at the request, so an anonymous caller learns nothing from a 415, 400 or 404.
     */
    public static List<String> securedOperationsNotAnswering401First(URI base) {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : of(base)) {
            if (!operation.says(401)) {
                continue;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(operation.examplePath()));
            if (operation.hasBody()) {
                request.header("Content-Type", "application/xml").method(operation.method(),
                        HttpRequest.BodyPublishers.ofString("<not-what-it-takes"));
            } else {
                request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
            }
            try {
                int status = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 401) {
                    wrong.add(operation + " -> " + status);
                }
            } catch (IOException e) {
                wrong.add(operation + " -> " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return wrong;
    }

    public static List<Operation> of(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                Set<String> statuses = new java.util.TreeSet<>();
                op.getValue().path("responses").fieldNames().forEachRemaining(statuses::add);
                operations.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString()), Set.copyOf(statuses)));
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("The OpenAPI document lists no operations");
        }
        return List.copyOf(operations);
    }
}
