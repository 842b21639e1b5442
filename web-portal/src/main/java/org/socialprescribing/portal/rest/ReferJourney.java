package org.socialprescribing.portal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.socialprescribing.portal.i18n.ReferralMessages;
import org.socialprescribing.portal.journey.Journey;
import org.socialprescribing.portal.journey.Question;
import org.socialprescribing.portal.journey.Question.Kind;
import org.socialprescribing.portal.journey.Question.Option;
import org.socialprescribing.portal.journey.Question.Words;

/**
 * The self-referral's questions, and how its answers become referral-service's body. A question's id is the API's
 * field name (a person's detail without its {@code person.} prefix), so a refused field finds its question.
 */
final class ReferJourney {

    /** The chosen service carried in from a directory page: kept in the draft, never asked. */
    static final String CHOSEN_SERVICE = "chosen_service_id";
    static final Pattern SERVICE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    static final List<String> AGE_BANDS = List.of("16-24", "25-34", "35-49", "50-64", "65-79", "80+");
    static final List<String> PERSON = List.of("given_name", "family_name", "email", "phone", "best_time_to_call",
            "postcode", "age_band", "preferred_language", "access_needs");

    static final Journey<ReferralMessages> JOURNEY = new Journey<>("refer", "/refer", List.of(
            new Question<>("free_text", Kind.TEXTAREA, true, 2_000,
                    w -> new Words(w.free_text_question(), w.free_text_hint(), w.free_text_summary(),
                            w.free_text_missing(), w.free_text_too_long(), null)),
            new Question<>("given_name", Kind.TEXT, true, 100,
                    w -> new Words(w.given_name_question(), null, w.given_name_summary(), w.given_name_missing(),
                            w.given_name_too_long(), null)),
            new Question<>("family_name", Kind.TEXT, true, 100,
                    w -> new Words(w.family_name_question(), null, w.family_name_summary(), w.family_name_missing(),
                            w.family_name_too_long(), null)),
            new Question<>("email", Kind.EMAIL, false, 255,
                    w -> new Words(w.email_question(), w.email_hint(), w.email_summary(), null, w.email_too_long(),
                            w.email_malformed())),
            new Question<>("phone", Kind.PHONE, false, 24,
                    w -> new Words(w.phone_question(), w.phone_hint(), w.phone_summary(), null, w.phone_too_long(),
                            w.phone_malformed())),
            new Question<>("contact_by", Kind.RADIOS, true, 10,
                    w -> new Words(w.contact_by_question(), null, w.contact_by_summary(), w.contact_by_missing(),
                            w.contact_by_malformed(), w.contact_by_malformed()),
                    w -> List.of(new Option("email", w.contact_email()), new Option("phone", w.contact_phone()),
                            new Option("text", w.contact_text()), new Option("letter", w.contact_letter()))),
            new Question<>("best_time_to_call", Kind.TEXT, false, 200,
                    w -> new Words(w.best_time_to_call_question(), w.best_time_to_call_hint(),
                            w.best_time_to_call_summary(), null, w.best_time_to_call_too_long(), null)),
            new Question<>("postcode", Kind.POSTCODE, true, 8,
                    w -> new Words(w.postcode_question(), w.postcode_hint(), w.postcode_summary(),
                            w.postcode_missing(), w.postcode_too_long(), w.postcode_malformed())),
            new Question<>("age_band", Kind.RADIOS, true, 5,
                    w -> new Words(w.age_band_question(), null, w.age_band_summary(), w.age_band_missing(),
                            w.age_band_malformed(), w.age_band_malformed()),
                    w -> AGE_BANDS.stream().map(b -> new Option(b, b.equals("80+") ? w.age_80_plus() : b)).toList()),
            new Question<>("preferred_language", Kind.TEXT, false, 50,
                    w -> new Words(w.preferred_language_question(), w.preferred_language_hint(),
                            w.preferred_language_summary(), null, w.preferred_language_too_long(), null)),
            new Question<>("access_needs", Kind.TEXTAREA, false, 1_000,
                    w -> new Words(w.access_needs_question(), w.access_needs_hint(), w.access_needs_summary(), null,
                            w.access_needs_too_long(), null)),
            new Question<>("consent_to_contact", Kind.CHECKBOX, true, 3,
                    w -> new Words(w.consent_question(), w.consent_hint(), w.consent_summary(), w.consent_missing(),
                            w.consent_malformed(), w.consent_malformed()),
                    w -> List.of(new Option("yes", w.consent_v1_label())))));

    private ReferJourney() {
    }

    /**
     * What the answers lack together, that no one question can tell: a way to reach the person, and the details the
     * chosen way needs. Each links to the question that puts it right.
     */
    static List<QuestionPages.Refusal> gaps(Map<String, String> answers, ReferralMessages words) {
        boolean email = !answers.getOrDefault("email", "").isEmpty();
        boolean phone = !answers.getOrDefault("phone", "").isEmpty();
        String by = answers.getOrDefault("contact_by", "");
        List<QuestionPages.Refusal> gaps = new ArrayList<>();
        if (!email && !phone) {
            gaps.add(new QuestionPages.Refusal(changeOf("email"), words.need_a_way()));
        } else if (by.equals("email") && !email) {
            gaps.add(new QuestionPages.Refusal(changeOf("email"), words.need_email()));
        } else if ((by.equals("phone") || by.equals("text")) && !phone) {
            gaps.add(new QuestionPages.Refusal(changeOf("phone"), words.need_phone()));
        }
        return gaps;
    }

    /** referral-service's body: only what was answered, the consent as given, the honeypot as typed (guests). */
    static Map<String, Object> body(Map<String, String> answers, String honeypot) {
        Map<String, Object> person = new LinkedHashMap<>();
        for (String field : PERSON) {
            if (!answers.getOrDefault(field, "").isEmpty()) {
                person.put(field, field.equals("postcode")
                        ? answers.get(field).toUpperCase(java.util.Locale.ROOT)
                        : answers.get(field));
            }
        }
        person.put("contact_by", List.of(answers.getOrDefault("contact_by", "")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("consent_to_contact", "yes".equals(answers.get("consent_to_contact")));
        body.put("needs", List.of());
        body.put("free_text", answers.getOrDefault("free_text", ""));
        if (answers.containsKey(CHOSEN_SERVICE)) {
            body.put(CHOSEN_SERVICE, answers.get(CHOSEN_SERVICE));
        }
        body.put("person", person);
        if (honeypot != null) {
            body.put("website", honeypot);
        }
        return body;
    }

    /**
     * referral-service's refused fields, in this journey's words where it asked the question (its own message
     * otherwise), each linking to the question that puts it right.
     */
    static List<QuestionPages.Refusal> refusals(Map<String, String> fieldErrors, ReferralMessages words) {
        List<QuestionPages.Refusal> refusals = new ArrayList<>();
        fieldErrors.forEach((field, message) -> {
            String id = field.replace("person.", "").replaceAll("\\[\\d+]", "");
            var question = JOURNEY.question(id);
            if (question.isPresent()) {
                Words text = question.get().words().apply(words);
                String ours = text.malformed() != null ? text.malformed() : words.refused(text.summaryName(), message);
                refusals.add(new QuestionPages.Refusal(JOURNEY.changePageOf(question.get()), ours));
            } else {
                refusals.add(new QuestionPages.Refusal("#main-content", words.refused(id, message)));
            }
        });
        return refusals;
    }

    private static String changeOf(String id) {
        return JOURNEY.changePageOf(JOURNEY.question(id).orElseThrow());
    }
}
