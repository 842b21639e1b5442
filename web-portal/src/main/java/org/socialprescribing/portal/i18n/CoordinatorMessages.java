package org.socialprescribing.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The coordinator's pages: the queue of organisations waiting to be verified, a request and its decision, feeds from
 * other directories and their pulls. The text is in {@code messages/coordinator_en.properties} and
 * {@code messages/coordinator_cy.properties}; templates write {@code {coordinator:key}}, resources
 * {@code language.messages(CoordinatorMessages.class).key()}. Words the directory sends (its refusals, its records)
 * are not here: the pages show them as it gives them.
 */
@MessageBundle(value = "coordinator", locale = "en")
public interface CoordinatorMessages {

    @Message
    String unanswered();

    @Message
    String directory_says(String detail);

    @Message
    String queue_title();

    @Message
    String queue_approved(String name);

    @Message
    String queue_rejected(String name);

    @Message
    String queue_unavailable();

    @Message
    String queue_empty();

    @Message
    String queue_see_listings();

    @Message
    String queue_lead();

    @Message
    String queue_caption();

    @Message
    String queue_organisation();

    @Message
    String queue_asked_by();

    @Message
    String queue_asked_on();

    @Message
    String queue_listed_already();

    @Message
    String requests_back();

    @Message
    String request_new();

    @Message
    String request_listed();

    @Message
    String request_what();

    @Message
    String request_email();

    @Message
    String request_website();

    @Message
    String request_not_given();

    @Message
    String request_asked_by();

    @Message
    String request_asked_by_on(String name, String day);

    @Message
    String request_note();

    @Message
    String request_no_note();

    @Message
    String request_status();

    @Message
    String status_pending();

    @Message
    String status_approved();

    @Message
    String status_rejected();

    @Message
    String request_decided(String name, String day);

    @Message
    String verify_heading();

    @Message
    String verify_lead(String name);

    @Message
    String verify_button(String name);

    @Message
    String reject_heading();

    @Message
    String reject_reason_label();

    @Message
    String reject_button();

    @Message
    String reject_reason_missing();

    @Message
    String reject_reason_too_long();

    @Message
    String reject_reason_refused(String message);

    @Message
    String decided_already();

    @Message
    String decision_refused();

    @Message
    String request_not_found_title();

    @Message
    String request_not_found();

    @Message
    String request_unavailable_title();

    @Message
    String request_unavailable();

    @Message
    String feeds_title();

    @Message
    String feeds_registered(String name);

    @Message
    String feeds_lead();

    @Message
    String feeds_unavailable();

    @Message
    String feeds_none();

    @Message
    String feeds_caption();

    @Message
    String feeds_feed();

    @Message
    String feeds_back();

    @Message
    String address();

    @Message
    String pulled();

    @Message
    String last_pulled();

    @Message
    String state();

    /** How often a feed is pulled, as a table says it: "every 6 hours". */
    @Message
    String refresh(int days, int hours, int minutes);

    /** The same as a choice of the form says it: "Every 6 hours". */
    @Message
    String refresh_choice(int days, int hours, int minutes);

    @Message
    String not_yet();

    @Message
    String state_running();

    @Message
    String state_on();

    @Message
    String state_paused();

    @Message
    String add_heading();

    @Message
    String name_label();

    @Message
    String name_hint();

    @Message
    String base_url_label();

    @Message
    String base_url_hint();

    @Message
    String refresh_legend();

    @Message
    String add_button();

    @Message
    String name_missing();

    @Message
    String name_too_long();

    @Message
    String base_url_missing();

    @Message
    String base_url_too_long();

    @Message
    String refresh_missing();

    @Message
    String base_url_taken();

    @Message
    String field_refused(String label, String reason);

    @Message
    String field_refused_other(String label, String message);

    @Message
    String feed_refused();

    @Message
    String pull_started();

    @Message
    String pull_button();

    @Message
    String pull_running_already();

    @Message
    String runs_heading();

    @Message
    String runs_unavailable();

    @Message
    String runs_none();

    @Message
    String runs_caption();

    @Message
    String run_started();

    @Message
    String run_outcome();

    @Message
    String run_new();

    @Message
    String run_updated();

    @Message
    String run_unchanged();

    @Message
    String run_matched();

    @Message
    String run_skipped();

    @Message
    String run_withdrawn();

    @Message
    String run_by(String name);

    @Message
    String run_on_schedule();

    @Message
    String outcome_running();

    @Message
    String outcome_completed();

    @Message
    String outcome_completed_with_problems();

    @Message
    String outcome_failed();

    @Message
    String skipped_heading();

    @Message
    String skipped_caption();

    @Message
    String skipped_record();

    @Message
    String skipped_field();

    @Message
    String skipped_why();

    @Message
    String feed_not_found_title();

    @Message
    String feed_not_found();

    @Message
    String feed_unavailable_title();

    @Message
    String feed_unavailable();
}
