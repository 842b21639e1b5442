package org.socialprescribing.portal.referrals;

import java.util.HashMap;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser that is not signed in: its cookies (the CSRF cookie and, once it has been on the journey, its draft
 * cookie) are kept from answer to answer, as a browser keeps them.
 */
final class Guest {

    static final String DRAFT_COOKIE = "portal-referral-draft";

    private final Map<String, String> cookies = new HashMap<>();
    private final String csrf;

    private Guest() {
        Response start = RestAssured.given().redirects().follow(false).when().get("/refer");
        cookies.putAll(start.cookies());
        csrf = cookies.get("csrf-token");
    }

    static Guest arrives() {
        return new Guest();
    }

    String draftCookie() {
        return cookies.get(DRAFT_COOKIE);
    }

    RequestSpecification given() {
        return RestAssured.given().redirects().follow(false).cookies(cookies);
    }

    RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf);
    }

    /** Answers one question, keeping any cookie the portal sets. */
    Response answer(String question, String answer) {
        Response response = form().formParam("answer", answer).when().post("/refer/" + question);
        cookies.putAll(response.cookies());
        return response;
    }
}
