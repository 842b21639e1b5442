package org.socialprescribing.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The resident's goals from a stand-in wellbeing-service, signed in for real, for each role and each answer. */
@QuarkusTest
@WithTestResource(StandInApis.class)
class GoalsPageTest {

    private static final String GOALS = "[{\"id\":\"g1\",\"title\":\"Walk <b>twice</b> a week\","
            + "\"targetDate\":\"2026-06-02\",\"status\":\"ACTIVE\"},"
            + "{\"id\":\"g2\",\"title\":\"Join the choir\",\"status\":\"ACHIEVED\"}]";

    @BeforeEach
    void reset() {
        StandInApis.reset();
    }

    @Test
    void aResidentSeesTheirGoalsWithTheirOwnTokenAndEscaped() {
        StandInApis.answer("GET", "/goals", 200, GOALS);
        PortalSession.as("resident1").given().when().get("/my/goals").then().statusCode(200)
                .body(allOf(containsString("Your wellbeing goals"),
                        containsString("Walk &lt;b&gt;twice&lt;/b&gt; a week"),
                        not(containsString("<b>twice")), containsString("2 June 2026"), containsString("Working on it"),
                        containsString("Achieved"), containsString("No date")));
        assertTrue(StandInApis.requests("GET", "/goals").get(0).headers().get("authorization").startsWith("Bearer "));
    }

    @Test
    void noGoalsYetSaysWhatToDo() {
        StandInApis.answer("GET", "/goals", 200, "[]");
        PortalSession.as("resident1").given().when().get("/my/goals").then().statusCode(200)
                .body(containsString("You have not set any goals yet."));
    }

    @Test
    void aWellbeingServiceThatCannotAnswerIsSaidInWords() {
        StandInApis.answer("GET", "/goals", 503, "{\"status\":503}");
        PortalSession.as("resident1").given().when().get("/my/goals").then().statusCode(200)
                .body(allOf(containsString("We cannot show your goals right now."),
                        containsString("govuk-warning-text")));
    }

    @Test
    void theGoalsInWelsh() {
        StandInApis.answer("GET", "/goals", 200, GOALS);
        PortalSession.as("resident1").given().header("Accept-Language", "cy").when().get("/my/goals").then()
                .statusCode(200).body(allOf(containsString("<html lang=\"cy\""), containsString("Eich nodau llesiant"),
                        containsString("2 Mehefin 2026"), containsString("Wrthi&#39;n gweithio arno"),
                        containsString("Dim dyddiad")));
    }

    @Test
    void onlyAResidentHasGoals() {
        PortalSession.as("editor1").given().when().get("/my/goals").then().statusCode(403)
                .body(containsString("You cannot see this page"));
        PortalSession.as("coordinator1").given().header("Accept-Language", "cy").when().get("/my/goals").then()
                .statusCode(403).body(containsString("Ni allwch weld y dudalen hon"));
    }

    @Test
    void theStartPageOffersGoalsToAResidentOnly() {
        PortalSession.as("resident1").given().when().get("/").then().body(containsString("See your goals"));
        PortalSession.as("editor1").given().when().get("/").then()
                .body(allOf(not(containsString("See your goals")), not(containsString("Sign in to start"))));
    }
}
