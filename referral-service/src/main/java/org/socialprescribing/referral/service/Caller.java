package org.socialprescribing.referral.service;

/** Who is asking, as far as the referral rules care: their subject and whether they act as a link worker. */
public record Caller(String subject, boolean linkWorker) {
}
