package org.socialprescribing.referral.rest;

import java.time.Instant;

import org.socialprescribing.referral.workflow.ReferralState;

/**
 * What a guest gets back once: the reference to quote and the secret that, with it, shows them the status. The
 * secret is never stored (only its hash), so a replay of the request (Idempotency-Key) answers without it.
 */
public record GuestReceipt(String reference, String secret, ReferralState state, Instant receivedAt) {

    /** The field a stored answer leaves out. */
    public static final String SECRET = "secret";
}
