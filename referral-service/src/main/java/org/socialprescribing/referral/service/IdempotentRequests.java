package org.socialprescribing.referral.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;
import org.socialprescribing.referral.IdempotencyRecord;
import org.socialprescribing.referral.repository.IdempotencyRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code Idempotency-Key} for every create and every state change a client may retry (a portal page sent twice, a
 * partner system after a timeout): the first answer (status, body, {@code Location}) is stored with the key, in the
 * transaction of the change itself, and a retry with the same key and the same body gets that answer again and
 * changes nothing. The same key with another body, or for another operation, is a 422. Keys are per caller: a
 * subject, or a guest's client address. An answer that failed (a 4xx) is not stored: nothing changed, so a retry
 * may try again. Every later endpoint that creates or changes something must go through here too.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    /** Says that an answer is a stored one, so clients and tests can tell. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private final IdempotencyRepository keys;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotentRequests(IdempotencyRepository keys, ObjectMapper json, Clock clock) {
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    /** What an operation answered the first time: its status, where it is, and its body. */
    public record Answer(int status, URI location, Object body) {
    }

    /** As {@link #run(String, String, String, Object, Set, Supplier)}, keeping the whole answer. */
    public Response run(String caller, String key, String operation, Object request, Supplier<Answer> action) {
        return run(caller, key, operation, request, Set.of(), action);
    }

    /**
     * Runs {@code action} once per caller and key. {@code notKept} names fields of the answer that must never be
     * stored (a guest's secret is shown once): a replay's body leaves them out.
     */
    @Transactional
    public Response run(String caller, String key, String operation, Object request, Set<String> notKept,
            Supplier<Answer> action) {
        if (key == null) {
            return respond(action.get());
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalidParameter(HEADER, "must be 1 to 100 visible ASCII characters, such as a"
                    + " UUID");
        }
        byte[] hash = hash(operation, request);
        if (!keys.claim(caller, key, operation, hash, clock.instant())) {
            IdempotencyRecord first = keys.findById(new IdempotencyRecord.Key(caller, key));
            if (!first.operation.equals(operation) || !MessageDigest.isEqual(first.requestHash, hash)) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED, "This Idempotency-Key was already used"
                        + " for another request: send a new key with a new request", HEADER);
            }
            Response.ResponseBuilder replay = Response.status(first.status).header(REPLAYED, "true");
            if (first.location != null) {
                replay.location(URI.create(first.location));
            }
            return first.response == null
                    ? replay.build()
                    : replay.type(MediaType.APPLICATION_JSON).entity(first.response).build();
        }
        Answer answer = action.get();
        keys.answer(caller, key, answer.status(), answer.location() == null ? null : answer.location().toString(),
                answer.body() == null ? null : kept(answer.body(), notKept));
        return respond(answer);
    }

    private String kept(Object body, Set<String> notKept) {
        ObjectNode tree = json.valueToTree(body);
        tree.remove(notKept);
        return tree.toString();
    }

    private byte[] hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(json.writeValueAsBytes(request));
            return digest.digest();
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash a request", e);
        }
    }

    private static Response respond(Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status());
        if (answer.location() != null) {
            response.location(answer.location());
        }
        return answer.body() == null ? response.build() : response.entity(answer.body()).build();
    }
}
