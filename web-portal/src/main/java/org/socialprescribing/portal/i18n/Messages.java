package org.socialprescribing.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's shared words: the layout, the language switch, error pages and the pieces every page uses. The text is
 * in {@code messages/msg_en.properties} and {@code messages/msg_cy.properties} (a translation is a new file, not a code
 * change); templates write {@code {msg:key}}, resources {@code language.messages(Messages.class).key()}. Each area
 * of pages has a bundle of its own beside this one (see docs/portal.md).
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    // This bundle's own language, as the switch offers it (so each file names itself)
    @Message
    String language_name();

    @Message
    String language_change_to();

    // Layout
    @Message
    String service_name();

    @Message
    String service_navigation_name();

    @Message
    String skip_link();

    @Message
    String title_error_prefix();

    @Message
    String service_information();

    @Message
    String menu();

    @Message
    String language_switch();

    @Message
    String nav_goals();

    @Message
    String nav_listings();

    @Message
    String nav_caseload();

    @Message
    String nav_join_requests();

    @Message
    String nav_feeds();

    @Message
    String nav_join();

    @Message
    String sign_in();

    @Message
    String sign_out();

    @Message
    String phase_tag();

    @Message
    String phase_text();

    @Message
    String footer_heading();

    @Message
    String footer_licence();

    // Pieces
    @Message
    String error_summary_title();

    @Message
    String success();

    @Message
    String warning();

    @Message
    String back();

    @Message
    String continue_button();

    @Message
    String change();

    @Message
    String go_to_start();

    @Message
    String optional();

    @Message
    String not_answered();

    // Error pages
    @Message
    String forbidden_title();

    @Message
    String forbidden_message();

    @Message
    String not_found_title();

    @Message
    String not_found_message();

    @Message
    String busy_title();

    @Message
    String busy_message();

    @Message
    String form_refused_title();

    @Message
    String form_refused_message();

    @Message
    String unavailable_title();

    @Message
    String unavailable_message();

    @Message
    String failed_title();

    @Message
    String failed_message(int status);

    @Message
    String unexpected_title();

    @Message
    String unexpected_message();

    // Start page and goals
    @Message
    String start_title();

    @Message
    String start_lead();

    @Message
    String start_link_worker();

    @Message
    String start_search_label();

    @Message
    String start_search_hint();

    @Message
    String start_search_button();

    @Message
    String start_see_goals();

    @Message
    String start_sign_in();

    @Message
    String start_create_account();

    @Message
    String goals_title();

    @Message
    String goals_unavailable();

    @Message
    String goals_none();

    @Message
    String goals_caption();

    @Message
    String goals_goal();

    @Message
    String goals_by();

    @Message
    String goals_progress();

    @Message
    String goals_no_date();

    @Message
    String goal_active();

    @Message
    String goal_achieved();

    @Message
    String goal_stopped();

    @Message
    String goal_unknown();
}
