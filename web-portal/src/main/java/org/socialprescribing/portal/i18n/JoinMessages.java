package org.socialprescribing.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** "List your organisation": its start page and its question pages (text in messages/join_*.properties). */
@MessageBundle(value = "join", locale = "en")
public interface JoinMessages {

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
    String sent_heading(String name);

    @Message
    String sent_body();

    @Message
    String mine_heading();

    @Message
    String mine_unavailable();

    @Message
    String asked_on(String date);

    @Message
    String reason(String reason);

    @Message
    String status_pending();

    @Message
    String status_approved();

    @Message
    String status_rejected();

    @Message
    String name_question();

    @Message
    String name_summary();

    @Message
    String name_missing();

    @Message
    String name_too_long();

    @Message
    String description_question();

    @Message
    String description_hint();

    @Message
    String description_summary();

    @Message
    String description_too_long();

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
    String website_question();

    @Message
    String website_hint();

    @Message
    String website_summary();

    @Message
    String website_too_long();

    @Message
    String website_malformed();

    @Message
    String message_question();

    @Message
    String message_hint();

    @Message
    String message_summary();

    @Message
    String message_too_long();

    @Message
    String check_title();

    @Message
    String send_button();

    @Message
    String send_unavailable();

    @Message
    String refused(String field, String message);
}
