package org.socialprescribing.portal.client;

/** A top-level directory category (taxonomy term) to filter a search by. */
public record Category(String id, String name) {
}
