package org.socialprescribing.portal.client;

/** A goal as the wellbeing API returns it; only the fields the pages show (unknown fields are ignored). */
public record GoalSummary(String id, String title, String targetDate, String status) {
}
