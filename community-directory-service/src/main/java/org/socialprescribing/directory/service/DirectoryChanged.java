package org.socialprescribing.directory.service;

/**
 * Fired inside a transaction that changed what the public directory may show (a listing, an organisation, the
 * taxonomy, a feed's records). Observers that keep copies of public answers act once it commits
 * ({@code TransactionPhase.AFTER_SUCCESS}); a rolled-back change fires nothing.
 *
 * @param what
 *            the kind of record that changed, for the reader of a log or a metric
 */
public record DirectoryChanged(String what) {
}
