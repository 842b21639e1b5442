package org.socialprescribing.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The self-referral journey, "Your referrals" and the guest status page (text in messages/referrals_*.properties).
 * The consent wording's version is in its key ({@code consent_v1_label}): changing the words is a new key.
 */
@MessageBundle(value = "referrals", locale = "en")
public interface ReferralMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String how_it_works();

    @Message
    String start_button();

    @Message
    String continue_draft();

    @Message
    String chosen_service();

    @Message
    String refer_yourself();

    @Message
    String free_text_question();

    @Message
    String free_text_hint();

    @Message
    String free_text_summary();

    @Message
    String free_text_missing();

    @Message
    String free_text_too_long();

    @Message
    String given_name_question();

    @Message
    String given_name_summary();

    @Message
    String given_name_missing();

    @Message
    String given_name_too_long();

    @Message
    String family_name_question();

    @Message
    String family_name_summary();

    @Message
    String family_name_missing();

    @Message
    String family_name_too_long();

    @Message
    String email_question();

    @Message
    String email_hint();

    @Message
    String email_summary();

    @Message
    String email_too_long();

    @Message
    String email_malformed();

    @Message
    String phone_question();

    @Message
    String phone_hint();

    @Message
    String phone_summary();

    @Message
    String phone_too_long();

    @Message
    String phone_malformed();

    @Message
    String contact_by_question();

    @Message
    String contact_by_summary();

    @Message
    String contact_by_missing();

    @Message
    String contact_by_malformed();

    @Message
    String contact_email();

    @Message
    String contact_phone();

    @Message
    String contact_text();

    @Message
    String contact_letter();

    @Message
    String best_time_to_call_question();

    @Message
    String best_time_to_call_hint();

    @Message
    String best_time_to_call_summary();

    @Message
    String best_time_to_call_too_long();

    @Message
    String postcode_question();

    @Message
    String postcode_hint();

    @Message
    String postcode_summary();

    @Message
    String postcode_missing();

    @Message
    String postcode_too_long();

    @Message
    String postcode_malformed();

    @Message
    String age_band_question();

    @Message
    String age_band_summary();

    @Message
    String age_band_missing();

    @Message
    String age_band_malformed();

    @Message
    String age_80_plus();

    @Message
    String preferred_language_question();

    @Message
    String preferred_language_hint();

    @Message
    String preferred_language_summary();

    @Message
    String preferred_language_too_long();

    @Message
    String access_needs_question();

    @Message
    String access_needs_hint();

    @Message
    String access_needs_summary();

    @Message
    String access_needs_too_long();

    @Message
    String consent_question();

    @Message
    String consent_hint();

    @Message
    String consent_v1_label();

    @Message
    String consent_summary();

    @Message
    String consent_missing();

    @Message
    String consent_malformed();

    @Message
    String consent_given();

    @Message
    String check_title();

    @Message
    String send_button();

    @Message
    String send_unavailable();

    @Message
    String refused(String name, String message);

    @Message
    String need_a_way();

    @Message
    String need_email();

    @Message
    String need_phone();

    @Message
    String honeypot_label();

    @Message
    String sent_title();

    @Message
    String sent_reference();

    @Message
    String sent_secret();

    @Message
    String sent_keep();

    @Message
    String sent_secret_shown_once();

    @Message
    String sent_next();

    @Message
    String sent_see_status();

    @Message
    String sent_see_mine();

    @Message
    String mine_title();

    @Message
    String mine_none();

    @Message
    String mine_unavailable();

    @Message
    String timeline_unavailable();

    @Message
    String reference_label();

    @Message
    String state_label();

    @Message
    String received_label();

    @Message
    String closing_label();

    @Message
    String timeline_heading();

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
    String state_unknown();

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
    String closing_unknown();

    @Message
    String step_received();

    @Message
    String step_moved(String state);

    @Message
    String step_updated();

    @Message
    String status_title();

    @Message
    String status_intro();

    @Message
    String status_reference_label();

    @Message
    String status_reference_hint();

    @Message
    String status_secret_label();

    @Message
    String status_reference_missing();

    @Message
    String status_secret_missing();

    @Message
    String status_too_long();

    @Message
    String status_no_match();

    @Message
    String status_button();

    @Message
    String status_unavailable();

    @Message
    String status_heading(String reference);

    @Message
    String status_another();
}
