package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The access matrix of people's data: the audit trail (coordinators; a referral's own trail also for the person it
 * is for, never the link workers it checks on), exports and erasure (a resident their own; a coordinator anyone's).
 * Rows as in ReferralAccessTest; EveryOperationHasAccessRowsTest reads this MATRIX too.
 */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class PeopleAccessTest {

    private static final String NONE = "00000000-0000-4000-8000-000000000000";

    /**
     * method, path (R: resident1's referral, P: the person of a referral linkworker1 made, N: none), caller,
     * status. The erasures come last: they erase.
     */
    static final Object[][] MATRIX = {
            {"GET", "/audit", "anonymous", 401}, {"GET", "/audit", "tampered", 401},
            {"GET", "/audit", "resident1", 403}, {"GET", "/audit", "linkworker1", 403},
            {"GET", "/audit", "editor1", 403}, {"GET", "/audit", "commissioner1", 403},
            {"GET", "/audit", "partner", 403}, {"GET", "/audit", "coordinator1", 200},

            {"GET", "/referrals/R/audit", "anonymous", 401}, {"GET", "/referrals/R/audit", "tampered", 401},
            {"GET", "/referrals/R/audit", "resident1", 200}, {"GET", "/referrals/R/audit", "resident2", 403},
            {"GET", "/referrals/R/audit", "linkworker1", 403}, {"GET", "/referrals/R/audit", "editor1", 403},
            {"GET", "/referrals/R/audit", "commissioner1", 403}, {"GET", "/referrals/R/audit", "partner", 403},
            {"GET", "/referrals/R/audit", "coordinator1", 200}, {"GET", "/referrals/N/audit", "coordinator1", 404},
            {"GET", "/referrals/N/audit", "resident1", 403}, {"GET", "/referrals/N/audit", "linkworker1", 403},

            {"GET", "/people/me/export", "anonymous", 401}, {"GET", "/people/me/export", "tampered", 401},
            {"GET", "/people/me/export", "resident1", 200}, {"GET", "/people/me/export", "linkworker1", 403},
            {"GET", "/people/me/export", "coordinator1", 403}, {"GET", "/people/me/export", "editor1", 403},
            {"GET", "/people/me/export", "commissioner1", 403}, {"GET", "/people/me/export", "partner", 403},

            {"GET", "/people/P/export", "anonymous", 401}, {"GET", "/people/P/export", "tampered", 401},
            {"GET", "/people/P/export", "resident1", 403}, {"GET", "/people/P/export", "linkworker1", 403},
            {"GET", "/people/P/export", "editor1", 403}, {"GET", "/people/P/export", "commissioner1", 403},
            {"GET", "/people/P/export", "partner", 403}, {"GET", "/people/P/export", "coordinator1", 200},
            {"GET", "/people/N/export", "coordinator1", 404}, {"GET", "/people/N/export", "resident1", 403},

            {"DELETE", "/people/me", "anonymous", 401}, {"DELETE", "/people/me", "tampered", 401},
            {"DELETE", "/people/me", "linkworker1", 403}, {"DELETE", "/people/me", "coordinator1", 403},
            {"DELETE", "/people/me", "editor1", 403}, {"DELETE", "/people/me", "commissioner1", 403},
            {"DELETE", "/people/me", "partner", 403}, {"DELETE", "/people/me", "resident2", 204},

            {"DELETE", "/people/P", "anonymous", 401}, {"DELETE", "/people/P", "tampered", 401},
            {"DELETE", "/people/P", "resident1", 403}, {"DELETE", "/people/P", "linkworker1", 403},
            {"DELETE", "/people/P", "editor1", 403}, {"DELETE", "/people/P", "commissioner1", 403},
            {"DELETE", "/people/P", "partner", 403}, {"DELETE", "/people/N", "coordinator1", 404},
            {"DELETE", "/people/P", "coordinator1", 204},
    };

    @Test
    void everyCallerGetsTheStatusOfTheTable() {
        String residents = Referrals.by("resident1");
        String linkWorkers = Referrals.by("linkworker1");
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + linkWorkers).then()
                .statusCode(200);
        String person = People.audit("referral_id=" + linkWorkers).extract().path("items[0].person_id");
        List<String> wrong = new ArrayList<>();
        for (Object[] row : MATRIX) {
            String method = (String) row[0];
            String path = ((String) row[1]).replace("/R", "/" + residents).replace("/P", "/" + person)
                    .replace("/N", "/" + NONE);
            String caller = (String) row[2];
            int expected = (Integer) row[3];
            int status = ReferralAccessTest.as(caller).header("X-Audit-Reason", "the person asked").when()
                    .request(method, path).then().extract().statusCode();
            if (status != expected) {
                wrong.add(method + " " + row[1] + " as " + caller + ": " + status + ", expected " + expected);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
