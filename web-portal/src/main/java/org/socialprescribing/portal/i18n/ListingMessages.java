package org.socialprescribing.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The listing editor's words: the dashboard, editing a listing, its history and the recent changes. The text is in
 * {@code messages/listings_en.properties} and {@code messages/listings_cy.properties}; templates write
 * {@code {listings:key}}, resources {@code language.messages(ListingMessages.class).key()}. The listings themselves
 * are shown as the directory gives them.
 */
@MessageBundle(value = "listings", locale = "en")
public interface ListingMessages {

    // The dashboard
    @Message
    String dashboard_title();

    @Message
    String dashboard_saved(String name);

    @Message
    String dashboard_reviewed(String name);

    @Message
    String dashboard_review_failed();

    @Message
    String dashboard_unavailable();

    @Message
    String dashboard_recent_changes();

    @Message
    String dashboard_none_overdue();

    @Message
    String dashboard_show_all();

    @Message
    String dashboard_none();

    @Message
    String dashboard_lead_coordinator();

    @Message
    String dashboard_lead_editor();

    @Message
    String dashboard_overdue(long count);

    @Message
    String dashboard_check();

    @Message
    String dashboard_showing_overdue();

    @Message
    String dashboard_show_overdue();

    @Message
    String dashboard_caption();

    @Message
    String dashboard_listing();

    @Message
    String dashboard_last_reviewed();

    @Message
    String dashboard_state();

    @Message
    String dashboard_action();

    @Message
    String dashboard_edit();

    @Message
    String dashboard_changes();

    @Message
    String dashboard_changes_to(String name);

    @Message
    String dashboard_review_due();

    @Message
    String dashboard_never();

    @Message
    String dashboard_still_accurate();

    @Message
    String state_paused();

    @Message
    String state_archived();

    @Message
    String state_inactive();

    @Message
    String state_waiting_list();

    @Message
    String state_closed();

    @Message
    String state_open();

    // A listing that cannot be shown or changed
    @Message
    String back_to_listings();

    @Message
    String not_available_title();

    @Message
    String not_yours();

    @Message
    String not_found();

    @Message
    String cannot_show();

    @Message
    String feed_kept_title();

    @Message
    String feed_kept_message(String name);

    @Message
    String review_kept_title();

    @Message
    String review_kept_message();

    // Editing a listing
    @Message
    String edit_title(String name);

    @Message
    String edit_heading();

    @Message
    String conflict_title();

    @Message
    String conflict_saved_after();

    @Message
    String conflict_not_saved();

    @Message
    String conflict_latest();

    @Message
    String save_unavailable();

    @Message
    String save_refused();

    @Message
    String hint_name();

    @Message
    String hint_description();

    @Message
    String status_legend();

    @Message
    String status_active();

    @Message
    String status_paused();

    @Message
    String status_paused_hint();

    @Message
    String status_archived();

    @Message
    String status_archived_hint();

    @Message
    String referrals_legend();

    @Message
    String referrals_open();

    @Message
    String referrals_waiting_list();

    @Message
    String referrals_closed();

    @Message
    String hint_capacity_available();

    @Message
    String hint_minimum_age();

    @Message
    String hint_maximum_age();

    @Message
    String delivery_legend();

    @Message
    String delivery_hint();

    @Message
    String delivery_in_person();

    @Message
    String delivery_online();

    @Message
    String delivery_phone();

    @Message
    String hint_fees();

    @Message
    String hint_eligibility_description();

    @Message
    String hint_alert();

    @Message
    String hint_url();

    @Message
    String save_button();

    @Message
    String see_history();

    @Message
    String error_name_missing();

    @Message
    String error_whole_number(String label);

    // A listing's fields, by the directory's names: the form's labels, and the history's
    @Message
    String field_name();

    @Message
    String field_description();

    @Message
    String field_status();

    @Message
    String field_accepting_referrals();

    @Message
    String field_capacity_available();

    @Message
    String field_capacity_maximum();

    @Message
    String field_minimum_age();

    @Message
    String field_maximum_age();

    @Message
    String field_delivery_modes();

    @Message
    String field_fees();

    @Message
    String field_eligibility_description();

    @Message
    String field_eligibility_criteria();

    @Message
    String field_alert();

    @Message
    String field_email();

    @Message
    String field_url();

    @Message
    String field_taxonomy_term_ids();

    @Message
    String field_assured_date();

    @Message
    String field_places();

    @Message
    String field_organization_id();

    // A listing's history, and the recent changes to every listing
    @Message
    String history_title(String name);

    @Message
    String history_unavailable();

    @Message
    String history_newest_first();

    @Message
    String history_edit(String name);

    @Message
    String changes_caption();

    @Message
    String changes_when();

    @Message
    String changes_listing();

    @Message
    String changes_who();

    @Message
    String changes_what();

    @Message
    String changes_none_value();

    @Message
    String action_created();

    @Message
    String action_updated();

    @Message
    String action_reviewed();

    @Message
    String action_imported();

    @Message
    String action_withdrawn();

    @Message
    String recent_title();

    @Message
    String recent_back();

    @Message
    String recent_none();

    @Message
    String recent_lead(int count);

    @Message
    String recent_lead_coordinator(int count);

    @Message
    String recent_feed_note();
}
