package org.socialprescribing.portal.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.socialprescribing.portal.journey.Question.Kind;
import org.socialprescribing.portal.journey.Question.Words;

/** The order of a journey's pages, where back and change lead, and each kind of answer's checks. */
class JourneyTest {

    private static final Words WORDS = new Words("Q?", null, "Q", "missing", "too long", "malformed");
    private static final Question<Object> NAME = new Question<>("name", Kind.TEXT, true, 10, w -> WORDS);
    private static final Question<Object> EMAIL = new Question<>("email", Kind.EMAIL, false, 50, w -> WORDS);
    private static final Question<Object> SITE = new Question<>("website", Kind.WEB_ADDRESS, true, 50, w -> WORDS);
    private static final Journey<Object> JOURNEY = new Journey<>("test", "/ask", List.of(NAME, EMAIL, SITE));

    @Test
    void eachQuestionLeadsToTheNextAndTheLastToTheCheckPage() {
        assertEquals("/ask/email", JOURNEY.after(NAME, false));
        assertEquals("/ask/website", JOURNEY.after(EMAIL, false));
        assertEquals("/ask/check", JOURNEY.after(SITE, false));
    }

    @Test
    void aChangeFromTheCheckPageGoesBackThere() {
        assertEquals("/ask/check", JOURNEY.after(NAME, true));
        assertEquals("/ask/check", JOURNEY.before(EMAIL, true));
        assertEquals("/ask/email?change=true", JOURNEY.changePageOf(EMAIL));
    }

    @Test
    void theBackLinkLeadsToTheQuestionBeforeAndTheFirstToTheStart() {
        assertEquals("/ask", JOURNEY.before(NAME, false));
        assertEquals("/ask/name", JOURNEY.before(EMAIL, false));
    }

    @Test
    void theFirstRequiredQuestionWithoutAnAnswerIsWhereTheCheckPageSendsYou() {
        assertEquals(Optional.of(NAME), JOURNEY.firstUnanswered(Map.of()));
        assertEquals(Optional.of(SITE), JOURNEY.firstUnanswered(Map.of("name", "Walkers")));
        assertEquals(Optional.empty(), JOURNEY.firstUnanswered(Map.of("name", "Walkers", "website", "https://a.b")));
    }

    @Test
    void answersAreCheckedByKind() {
        assertEquals(Optional.of("missing"), NAME.problemWith("", WORDS));
        assertEquals(Optional.empty(), EMAIL.problemWith("", WORDS), "an optional question may be left empty");
        assertEquals(Optional.of("too long"), NAME.problemWith("Eleven char", WORDS));
        assertEquals(Optional.empty(), NAME.problemWith("Ten chars!", WORDS));
        assertEquals(Optional.of("malformed"), EMAIL.problemWith("walkers.example.org", WORDS));
        assertEquals(Optional.empty(), EMAIL.problemWith("walk@example.org", WORDS));
        assertEquals(Optional.of("malformed"), SITE.problemWith("javascript:alert(1)", WORDS));
        assertEquals(Optional.of("malformed"), SITE.problemWith("www.example.org", WORDS));
        assertEquals(Optional.empty(), SITE.problemWith("https://walkers.example.org/join", WORDS));
    }

    @Test
    void phonesPostcodesAndChoicesAreCheckedToo() {
        var phone = new Question<Object>("phone", Kind.PHONE, false, 24, w -> WORDS);
        assertEquals(Optional.empty(), phone.problemWith("07700 900 982", WORDS));
        assertEquals(Optional.empty(), phone.problemWith("+44 (0)1632 960-001", WORDS));
        assertEquals(Optional.of("malformed"), phone.problemWith("12345", WORDS), "too few digits");
        assertEquals(Optional.of("malformed"), phone.problemWith("call me maybe", WORDS));
        var postcode = new Question<Object>("postcode", Kind.POSTCODE, true, 8, w -> WORDS);
        assertEquals(Optional.empty(), postcode.problemWith("CF10 1AA", WORDS));
        assertEquals(Optional.empty(), postcode.problemWith("sw1a2aa", WORDS));
        assertEquals(Optional.of("malformed"), postcode.problemWith("ZZZZ 99", WORDS));
        var options = List.of(new Question.Option("email", "Email"), new Question.Option("letter", "Letter"));
        var radios = new Question<Object>("contact_by", Kind.RADIOS, true, 10, w -> WORDS, w -> options);
        assertEquals(Optional.empty(), radios.problemWith("letter", WORDS, options));
        assertEquals(Optional.of("malformed"), radios.problemWith("pigeon", WORDS, options), "only its options");
        assertEquals(Optional.of("missing"), radios.problemWith("", WORDS, options));
    }

    @Test
    void noQuestionMayTakeTheCheckPagesName() {
        assertThrows(IllegalArgumentException.class, () -> new Journey<>("bad", "/bad",
                List.of(new Question<Object>("check", Kind.TEXT, true, 5, w -> WORDS))));
    }
}
