package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The access matrix of referral-service, as one table: every operation of the OpenAPI document against every kind of
 * caller (anonymous, a tampered token, each role, the person it is for and another resident, the link worker working
 * it, another link worker, the partner system) with the status each gets. EveryOperationHasAccessRowsTest fails when
 * an operation of the document has no row in this table or another {@code *AccessTest}'s.
 */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class ReferralAccessTest {

    /** A referral of resident1's, assigned to nobody; one linkworker1 made for Sam (assigned to linkworker1). */
    static String residents;
    static String linkWorkers;

    private static final String MOVE = "{\"move\": \"triage\"}";
    private static final String NONE = "00000000-0000-4000-8000-000000000000";

    /**
     * method, path (R: resident1's referral, L: linkworker1's, N: none), caller, status.
     * EveryOperationHasAccessRowsTest
     * reads it with the other {@code *AccessTest}s' tables.
     */
    static final Object[][] MATRIX = {
            {"POST", "/referrals", "anonymous", 401}, {"POST", "/referrals", "tampered", 401},
            {"POST", "/referrals", "resident2", 201}, {"POST", "/referrals", "linkworker2", 201},
            {"POST", "/referrals", "coordinator1", 403}, {"POST", "/referrals", "editor1", 403},
            {"POST", "/referrals", "commissioner1", 403}, {"POST", "/referrals", "partner", 403},

            {"GET", "/referrals", "anonymous", 401}, {"GET", "/referrals", "resident1", 200},
            {"GET", "/referrals", "linkworker1", 200}, {"GET", "/referrals", "coordinator1", 200},
            {"GET", "/referrals", "editor1", 403}, {"GET", "/referrals", "commissioner1", 403},
            {"GET", "/referrals", "partner", 403},

            {"GET", "/referrals/R", "anonymous", 401}, {"GET", "/referrals/R", "tampered", 401},
            {"GET", "/referrals/R", "resident1", 200}, {"GET", "/referrals/R", "resident2", 403},
            {"GET", "/referrals/R", "linkworker2", 200}, {"GET", "/referrals/R", "coordinator1", 200},
            {"GET", "/referrals/R", "editor1", 403}, {"GET", "/referrals/R", "commissioner1", 403},
            {"GET", "/referrals/R", "partner", 403},
            {"GET", "/referrals/L", "linkworker1", 200}, {"GET", "/referrals/L", "linkworker2", 403},
            {"GET", "/referrals/L", "resident1", 403},
            {"GET", "/referrals/N", "linkworker1", 404}, {"GET", "/referrals/N", "coordinator1", 404},
            {"GET", "/referrals/N", "resident1", 403},

            {"GET", "/referrals/R/timeline", "anonymous", 401}, {"GET", "/referrals/R/timeline", "resident1", 200},
            {"GET", "/referrals/R/timeline", "resident2", 403}, {"GET", "/referrals/L/timeline", "linkworker1", 200},
            {"GET", "/referrals/L/timeline", "linkworker2", 403},
            {"GET", "/referrals/R/timeline", "coordinator1", 200}, {"GET", "/referrals/R/timeline", "editor1", 403},
            {"GET", "/referrals/N/timeline", "coordinator1", 404},

            {"POST", "/referrals/L/moves", "anonymous", 401}, {"POST", "/referrals/L/moves", "tampered", 401},
            {"POST", "/referrals/L/moves", "resident1", 403}, {"POST", "/referrals/L/moves", "linkworker2", 403},
            {"POST", "/referrals/L/moves", "editor1", 403}, {"POST", "/referrals/L/moves", "commissioner1", 403},
            {"POST", "/referrals/L/moves", "partner", 403}, {"POST", "/referrals/L/moves", "linkworker1", 200},
            {"POST", "/referrals/R/moves", "resident1", 403}, {"POST", "/referrals/R/moves", "coordinator1", 200},
            {"POST", "/referrals/N/moves", "linkworker1", 404},

            {"POST", "/referrals/L/notes", "anonymous", 401}, {"POST", "/referrals/L/notes", "resident1", 403},
            {"POST", "/referrals/L/notes", "linkworker2", 403}, {"POST", "/referrals/L/notes", "editor1", 403},
            {"POST", "/referrals/L/notes", "partner", 403}, {"POST", "/referrals/L/notes", "linkworker1", 201},
            {"POST", "/referrals/L/notes", "coordinator1", 201}, {"POST", "/referrals/N/notes", "coordinator1", 404},
    };

    @Test
    void everyCallerGetsTheStatusOfTheTable() {
        residents = Referrals.by("resident1");
        linkWorkers = Referrals.by("linkworker1");
        List<String> wrong = new ArrayList<>();
        for (Object[] row : MATRIX) {
            String method = (String) row[0];
            String path = ((String) row[1]).replace("/R", "/" + residents).replace("/L", "/" + linkWorkers)
                    .replace("/N", "/" + NONE);
            String caller = (String) row[2];
            int expected = (Integer) row[3];
            RequestSpecification request = as(caller);
            if (method.equals("POST")) {
                request = request.contentType(ContentType.JSON).body(path.endsWith("/moves")
                        ? MOVE
                        : path.endsWith("/notes")
                                ? "{\"kind\": \"what_matters\", \"note\": \"Her garden\"}"
                                : Referrals.FOR_SOMEONE);
            }
            int status = request.when().request(method, path).then().extract().statusCode();
            if (status != expected) {
                wrong.add(method + " " + row[1] + " as " + caller + ": " + status + ", expected " + expected);
            }
        }
        assertEquals(List.of(), wrong);
    }

    static RequestSpecification as(String caller) {
        return switch (caller) {
            case "anonymous" -> given();
            case "tampered" -> given().auth().oauth2(tampered(Tokens.of("coordinator1")));
            case "partner" -> given().auth().oauth2(Tokens.partnerSystem());
            default -> given().auth().oauth2(Tokens.of(caller));
        };
    }

    /** The coordinator's token with its payload swapped for another's: the signature no longer matches. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String other = Tokens.of("resident1").split("\\.")[1];
        return parts[0] + "." + other + "." + parts[2];
    }
}
