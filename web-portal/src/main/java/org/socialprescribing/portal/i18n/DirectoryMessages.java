package org.socialprescribing.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the directory pages: the public search and the page of one service. The text is in
 * {@code messages/directory_en.properties} and {@code messages/directory_cy.properties}; templates write
 * {@code {directory:key}}, resources {@code language.messages(DirectoryMessages.class).key()}. Only the portal's
 * own words are here: a service's name, description, times and places are shown as the directory gives them.
 */
@MessageBundle(value = "directory", locale = "en")
public interface DirectoryMessages {

    // The search form
    @Message
    String search_title();

    @Message
    String results_title(String text);

    @Message
    String search_label();

    @Message
    String search_hint();

    @Message
    String postcode_label();

    @Message
    String postcode_hint();

    @Message
    String miles_label();

    @Message
    String within_miles(int miles);

    @Message
    String category_label();

    @Message
    String category_any();

    @Message
    String day_label();

    @Message
    String day_any();

    @Message
    String free_label();

    @Message
    String search_button();

    // What the directory refused, by the form's input
    @Message
    String error_search();

    @Message
    String error_postcode();

    @Message
    String error_miles();

    @Message
    String error_category();

    @Message
    String error_day();

    @Message
    String error_other();

    // Results
    @Message
    String search_unavailable();

    @Message
    String search_check();

    @Message
    String no_results();

    @Message
    String no_results_for(String text);

    @Message
    String try_these();

    @Message
    String try_spelling();

    @Message
    String try_fewer_words();

    @Message
    String try_wider();

    @Message
    String try_link_worker();

    @Message
    String results_count(long total, String count);

    @Message
    String results_for(String text);

    @Message
    String results_near(String postcode);

    @Message
    String pagination_label();

    @Message
    String previous();

    @Message
    String previous_page();

    @Message
    String next();

    @Message
    String next_page();

    @Message
    String page_of(int page, int pages);

    // A listing, in the results and on its page
    @Message
    String distance_miles(String miles);

    @Message
    String distance_under_tenth();

    @Message
    String next_session_line(String day, String opens, String closes);

    @Message
    String session_when(String day, String opens, String closes);

    @Message
    String cost_free();

    @Message
    String referral_waiting_list();

    @Message
    String referral_closed();

    @Message
    String ages_all();

    @Message
    String ages_from(int minimum);

    @Message
    String ages_up_to(int maximum);

    @Message
    String ages_between(int minimum, int maximum);

    @Message
    String mode_in_person();

    @Message
    String mode_online();

    @Message
    String mode_phone();

    // The page of one service
    @Message
    String who_for();

    @Message
    String how_to_take_part();

    @Message
    String next_session();

    @Message
    String cost();

    @Message
    String run_by();

    @Message
    String phone();

    @Message
    String email();

    @Message
    String website();

    @Message
    String website_opens();

    @Message
    String when_and_where();

    @Message
    String getting_there();

    @Message
    String back_to_search();

    @Message
    String service_not_found_title();

    @Message
    String service_not_found();

    @Message
    String service_unavailable_title();

    @Message
    String service_unavailable();
}
