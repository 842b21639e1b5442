package org.socialprescribing.portal.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls referral-service. Writes (a referral) are never retried: a second try could make a second referral (a guest's
 * carries an Idempotency-Key, so the browser's own resend is safe). Its 429 is thrown as {@link DirectoryBusyException}
 * by {@link Outcome#of}, the wait page, so every fallback skips it; no answer at all is "unavailable".
 */
@ApplicationScoped
public class Referrals {

    private final ReferralsApi api;
    private final GuestReferralsApi guestApi;

    public Referrals(@RestClient ReferralsApi api, @RestClient GuestReferralsApi guestApi) {
        this.api = api;
        this.guestApi = guestApi;
    }

    /** A signed-in resident's referral, with their token. */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = DirectoryBusyException.class)
    @Fallback(fallbackMethod = "noAnswerToRefer", skipOn = DirectoryBusyException.class)
    public Outcome<SentReferral> refer(Map<String, Object> referral) {
        return Outcome.of(() -> api.refer(referral));
    }

    /** A guest's referral, without a token; the key makes a resend of the same draft one referral. */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = DirectoryBusyException.class)
    @Fallback(fallbackMethod = "noAnswerToGuest", skipOn = DirectoryBusyException.class)
    public Outcome<SentReferral> referAsGuest(String idempotencyKey, Map<String, Object> referral) {
        return Outcome.of(() -> guestApi.refer(idempotencyKey, referral));
    }

    /** A guest's referral by its reference and secret; a wrong pair is {@link Outcome.Gone}. */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noStatus", skipOn = DirectoryBusyException.class)
    public Outcome<ReferralStatus> status(String reference, String secret) {
        return Outcome.of(() -> guestApi.status(Map.of("reference", reference, "secret", secret)));
    }

    /** The signed-in resident's own referrals, empty when the service cannot answer. */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = DirectoryBusyException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = DirectoryBusyException.class)
    @Fallback(fallbackMethod = "noList")
    public Optional<List<MyReferral>> mine() {
        return Optional.of(api.mine());
    }

    /** One of the resident's referrals' timeline, empty when it cannot be read. */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noTimeline")
    public Optional<List<TimelineEntry>> timeline(String id) {
        return Optional.of(api.timeline(id));
    }

    Outcome<SentReferral> noAnswerToRefer(Map<String, Object> referral) {
        return Outcome.unavailable();
    }

    Outcome<SentReferral> noAnswerToGuest(String idempotencyKey, Map<String, Object> referral) {
        return Outcome.unavailable();
    }

    Outcome<ReferralStatus> noStatus(String reference, String secret) {
        return Outcome.unavailable();
    }

    Optional<List<MyReferral>> noList() {
        return Optional.empty();
    }

    Optional<List<TimelineEntry>> noTimeline(String id) {
        return Optional.empty();
    }
}
