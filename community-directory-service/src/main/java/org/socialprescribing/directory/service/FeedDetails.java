package org.socialprescribing.directory.service;

/** What a coordinator says about a feed. */
public record FeedDetails(String name, String baseUrl, Integer refreshMinutes, Boolean enabled) {
}
