package org.socialprescribing.portal.journey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form asked as question pages, the GOV.UK way: one question per page in order, then "Check your answers" with a
 * change link back to each question, then one send. The answers so far are kept server-side ({@link Drafts}), so a
 * validation error, the back link, the browser's back button or a change from the check page never loses them, and
 * nothing needs JavaScript.
 *
 * @param name
 *            the journey's name (its drafts are kept under it)
 * @param path
 *            where its pages are: {@code path} is its start, {@code path/<question>} each question,
 *            {@code path/check} the check page
 * @param questions
 *            the questions in the order they are asked
 */
public record Journey<W>(String name, String path, List<Question<W>> questions) {

    public static final String CHECK = "check";

    public Journey {
        questions = List.copyOf(questions);
        if (questions.stream().anyMatch(q -> q.id().equals(CHECK))) {
            throw new IllegalArgumentException("A question cannot be called " + CHECK);
        }
    }

    public Optional<Question<W>> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The question's page. */
    public String pageOf(Question<W> question) {
        return path + "/" + question.id();
    }

    /** The question's page, reached from "Check your answers": sending it goes back there. */
    public String changePageOf(Question<W> question) {
        return pageOf(question) + "?change=true";
    }

    public String checkPage() {
        return path + "/" + CHECK;
    }

    /** Where a question's page goes on: the next question, or the check page after the last (or after a change). */
    public String after(Question<W> question, boolean changing) {
        int at = questions.indexOf(question);
        return changing || at == questions.size() - 1 ? checkPage() : pageOf(questions.get(at + 1));
    }

    /** Where a question's back link goes: the question before (the start for the first), or the check page. */
    public String before(Question<W> question, boolean changing) {
        int at = questions.indexOf(question);
        return changing ? checkPage() : at == 0 ? path : pageOf(questions.get(at - 1));
    }

    /** The first required question without an answer: the check page sends the person there. */
    public Optional<Question<W>> firstUnanswered(Map<String, String> answers) {
        return questions.stream().filter(q -> q.required() && answers.getOrDefault(q.id(), "").isEmpty())
                .findFirst();
    }
}
