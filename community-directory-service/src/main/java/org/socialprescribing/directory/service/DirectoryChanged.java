package org.socialprescribing.directory.service;

/**
 * Fired inside a transaction that changed what the public directory may show (a listing, an organisation, the
 * taxonomy, a feed's records). Observers that keep copies of public answers act once it commits
 * ({@code TransactionPhase.AFTER_SUCCESS}); a rolled-back change fires nothing.
 *
 * @param what
 *            the kind of record that changed (listing, organisation, taxonomy, feed, spelling correction): the
 *            cause tag of the {@code directory.search-answers.cleared} counter
 */
public record DirectoryChanged(String what) {
}
