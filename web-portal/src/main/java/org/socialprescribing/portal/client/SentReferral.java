package org.socialprescribing.portal.client;

/** A referral just made: its id (signed in), its reference and, for a guest only, the secret that goes with it. */
public record SentReferral(String id, String reference, String secret, String state) {
}
