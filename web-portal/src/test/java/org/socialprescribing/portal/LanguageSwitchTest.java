package org.socialprescribing.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The header's language switch (English | Cymraeg): each page in the language chosen, kept in a cookie, else the
 * browser's; {@code <html lang>} right on every page, error pages included.
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class LanguageSwitchTest {

    @Test
    void aFirstVisitIsInEnglishWithALinkToTheSamePageInWelsh() {
        given().when().get("/").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"en\""), containsString("Find support and activities near you"),
                        containsString("<span aria-current=\"true\" lang=\"en\">English</span>"),
                        containsString("href=\"/?lang=cy\" hreflang=\"cy\" lang=\"cy\" rel=\"alternate\""),
                        containsString("<span class=\"govuk-visually-hidden\">Newid yr iaith i&#39;r Gymraeg</span>"),
                        containsString("aria-label=\"Choose a language\"")));
    }

    @Test
    void aBrowserThatAsksForWelshGetsWelsh() {
        given().header("Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5").when().get("/").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"cy\""),
                        containsString("Dod o hyd i gymorth a gweithgareddau yn agos atoch"),
                        containsString("<span aria-current=\"true\" lang=\"cy\">Cymraeg</span>"),
                        containsString("href=\"/?lang=en\" hreflang=\"en\" lang=\"en\""),
                        containsString("Change the language to English"), containsString("Neidio i&#39;r prif gynnwys"),
                        not(containsString("Skip to main content"))));
    }

    @Test
    void choosingALanguageKeepsItInACookieThatOutranksTheBrowser() {
        var chosen = given().header("Accept-Language", "en").queryParam("lang", "cy").when().get("/");
        chosen.then().statusCode(200).body(containsString("<html lang=\"cy\""));
        String cookie = chosen.header("Set-Cookie");
        assertTrue(chosen.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("portal-language=cy;")
                && c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Path=/")), cookie);
        given().header("Accept-Language", "en").cookie("portal-language", "cy").when().get("/").then()
                .body(containsString("<html lang=\"cy\""));
        given().cookie("portal-language", "cy").queryParam("lang", "en").when().get("/").then()
                .body(containsString("<html lang=\"en\""));
    }

    @Test
    void theSwitchKeepsThePagesOwnQuery() {
        given().queryParam("x", "1").queryParam("lang", "cy").when().get("/").then()
                .body(containsString("href=\"/?x=1&amp;lang=en\""));
    }

    @Test
    void aLanguageThePortalIsNotWrittenInIsIgnored() {
        given().queryParam("lang", "fr").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\"")).header("Set-Cookie", not(containsString("portal-language")));
        given().cookie("portal-language", "<script>").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\""));
        given().when().get("/").then().header("Set-Cookie", not(containsString("portal-language")));
    }

    @Test
    void errorPagesAreInThePagesLanguageToo() {
        given().header("Accept-Language", "cy").when().get("/no-such-page").then().statusCode(404)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("Heb ddod o hyd i&#39;r dudalen"),
                        containsString("Mynd i&#39;r dudalen gychwyn")));
        given().header("Accept-Language", "cy").contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .when().post("/sign-out").then().statusCode(400)
                .body(containsString("Nid oedd modd anfon y ffurflen hon"));
    }

    @Test
    void cachesAreToldThatAPagesWordsDependOnTheLanguage() {
        given().when().get("/").then().header("Vary", containsString("Accept-Language"))
                .header("Vary", containsString("Cookie"));
    }

    @Test
    void staticFilesSetNoLanguageCookie() {
        given().queryParam("lang", "cy").when().get("/css/portal.css").then().statusCode(200)
                .header("Set-Cookie", nullValue());
    }
}
