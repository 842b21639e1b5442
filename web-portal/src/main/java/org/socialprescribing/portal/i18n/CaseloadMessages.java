package org.socialprescribing.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The link worker's and coordinator's referral pages (text in messages/caseload_*.properties). */
@MessageBundle(value = "caseload", locale = "en")
public interface CaseloadMessages {

    @Message
    String caseload_title();

    @Message
    String queue_title();

    @Message
    String caseload_intro();

    @Message
    String queue_intro();

    @Message
    String caseload_unavailable();

    @Message
    String caseload_empty();

    @Message
    String filter_label();

    @Message
    String filter_open();

    @Message
    String filter_button();

    @Message
    String column_reference();

    @Message
    String column_person();

    @Message
    String column_state();

    @Message
    String column_priority();

    @Message
    String column_waiting();

    @Message
    String column_contact();

    @Message
    String never_contacted();

    @Message
    String state_received();

    @Message
    String state_triaged();

    @Message
    String state_contact_attempted();

    @Message
    String state_in_conversation();

    @Message
    String state_matched();

    @Message
    String state_with_group();

    @Message
    String state_closed();

    @Message
    String priority_routine();

    @Message
    String priority_priority();

    @Message
    String priority_urgent();

    @Message
    String referral_title(String reference);

    @Message
    String back_to_caseload();

    @Message
    String referral_not_found();

    @Message
    String referral_not_found_title();

    @Message
    String referral_unavailable();

    @Message
    String person_heading();

    @Message
    String name();

    @Message
    String contact();

    @Message
    String contact_by();

    @Message
    String contact_email();

    @Message
    String contact_phone();

    @Message
    String contact_text();

    @Message
    String contact_letter();

    @Message
    String best_time();

    @Message
    String postcode();

    @Message
    String age();

    @Message
    String born(String date);

    @Message
    String language();

    @Message
    String access_needs();

    @Message
    String not_given();

    @Message
    String referral_heading();

    @Message
    String what_they_said();

    @Message
    String received();

    @Message
    String attempts();

    @Message
    String timeline_heading();

    @Message
    String timeline_unavailable();

    @Message
    String kind_received();

    @Message
    String kind_triage();

    @Message
    String kind_contact_attempt();

    @Message
    String kind_start_conversation();

    @Message
    String kind_match();

    @Message
    String kind_join_group();

    @Message
    String kind_rematch();

    @Message
    String kind_close();

    @Message
    String kind_what_matters();

    @Message
    String kind_contact();

    @Message
    String kind_note();

    @Message
    String kind_other();

    @Message
    String suggestions_heading();

    @Message
    String suggestions_pending();

    @Message
    String suggestions_unavailable();

    @Message
    String suggestions_none();

    @Message
    String score(int score);

    @Message
    String points(int points);

    @Message
    String move_heading();

    @Message
    String move_label();

    @Message
    String move_triage();

    @Message
    String move_contact_attempt();

    @Message
    String move_start_conversation();

    @Message
    String move_match();

    @Message
    String move_join_group();

    @Message
    String move_rematch();

    @Message
    String move_close();

    @Message
    String closing_label();

    @Message
    String closing_completed();

    @Message
    String closing_person_declined();

    @Message
    String closing_unable_to_contact();

    @Message
    String closing_not_appropriate();

    @Message
    String closing_moved_away();

    @Message
    String closing_withdrawn();

    @Message
    String move_note_label();

    @Message
    String move_button();

    @Message
    String moved();

    @Message
    String noted();

    @Message
    String move_missing();

    @Message
    String closing_missing();

    @Message
    String move_refused();

    @Message
    String not_saved();

    @Message
    String note_heading();

    @Message
    String note_kind_label();

    @Message
    String note_what_matters();

    @Message
    String note_contact();

    @Message
    String note_note();

    @Message
    String note_label();

    @Message
    String note_button();

    @Message
    String note_missing();

    @Message
    String note_too_long();

    @Message
    String note_closed();
}
