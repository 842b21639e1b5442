package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import org.socialprescribing.testsupport.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.ValidatableResponse;

/** Test helpers for people's data: a demo user's subject, the audit trail, exports. */
final class People {

    private People() {
    }

    /** The Keycloak subject of a demo user, as the audit trail names them. */
    static String subject(String user) {
        String payload = Tokens.of(user).split("\\.")[1];
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(payload)).get("sub").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ValidatableResponse audit(String query) {
        return given().auth().oauth2(Tokens.of("coordinator1")).when().get("/audit?" + query).then();
    }

    static ValidatableResponse ownExport(String user) {
        return given().auth().oauth2(Tokens.of(user)).when().get("/people/me/export").then();
    }
}
