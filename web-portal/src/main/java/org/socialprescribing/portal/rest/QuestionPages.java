package org.socialprescribing.portal.rest;

import java.util.List;
import java.util.Map;

import org.socialprescribing.portal.journey.Journey;
import org.socialprescribing.portal.journey.Question;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The two pages every {@link Journey} is made of, in GOV.UK's question-page pattern: a question (its heading is the
 * label, one input, Continue) and "Check your answers" (a summary list with a change link for each answer, and the
 * send button). A journey's resource only says which journey, which words and what sending does.
 */
final class QuestionPages {

    /** One question's page as it is shown: the answer so far (or as just typed) and its error, if any. */
    public record QuestionView(String id, Question.Kind kind, Question.Words words, boolean optional, int maxLength,
            String value, String error, String action, String back, boolean changing, List<Question.Option> options) {

        public boolean textarea() {
            return kind == Question.Kind.TEXTAREA;
        }

        /** Radios or a checkbox: asked in a fieldset whose legend is the page's heading. */
        public boolean choice() {
            return kind == Question.Kind.RADIOS || kind == Question.Kind.CHECKBOX;
        }

        public boolean checkbox() {
            return kind == Question.Kind.CHECKBOX;
        }

        /** The input id of an option: the first is the question's own id, so the error summary's link finds it. */
        public String optionId(int index) {
            return index == 0 ? id : id + "-" + (index + 1);
        }

        public String autocomplete() {
            return switch (kind) {
                case EMAIL -> "email";
                case PHONE -> "tel";
                case POSTCODE -> "postal-code";
                default -> "";
            };
        }

        public String inputType() {
            return switch (kind) {
                case EMAIL -> "email";
                case WEB_ADDRESS -> "url";
                case PHONE -> "tel";
                default -> "text";
            };
        }

        /** For the error summary: the one error, linking to the input. */
        public List<Map.Entry<String, String>> errors() {
            return error == null ? List.of() : List.of(Map.entry(id, error));
        }

        /** The ids that describe the input: the hint, then the error. */
        public String describedBy() {
            String hint = words.hint() == null ? "" : id + "-hint";
            String problem = error == null ? "" : id + "-error";
            return (hint + " " + problem).strip();
        }
    }

    /** One row of "Check your answers". */
    public record AnswerRow(String id, String name, String value, String changeHref) {
    }

    /** A refusal on the check page: what is wrong, linking to where it can be put right. */
    public record Refusal(String href, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance question(Page page, QuestionView question);

        static native TemplateInstance check(Page page, List<AnswerRow> rows, String action, String back,
                String sendLabel, String problem, List<Refusal> refusals);
    }

    private QuestionPages() {
    }

    static <W> QuestionView view(Journey<W> journey, Question<W> question, W words, String value, String error,
            boolean changing) {
        return new QuestionView(question.id(), question.kind(), question.words().apply(words), !question.required(),
                question.maxLength(), value, error, journey.pageOf(question), journey.before(question, changing),
                changing, question.options().apply(words));
    }

    static <W> List<AnswerRow> rows(Journey<W> journey, W words, Map<String, String> answers) {
        return journey.questions().stream().map(q -> new AnswerRow(q.id(), q.words().apply(words).summaryName(),
                shown(q, words, answers.getOrDefault(q.id(), "")), journey.changePageOf(q))).toList();
    }

    /** An answer as "Check your answers" shows it: a chosen option by its label, typed text as typed. */
    private static <W> String shown(Question<W> question, W words, String answer) {
        return question.options().apply(words).stream().filter(o -> o.value().equals(answer))
                .map(Question.Option::label).findFirst().orElse(answer);
    }
}
