package org.socialprescribing.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The guest endpoints' rows of the access matrix. Both are open to anyone (a token changes nothing); what opens a
 * guest's status is the pair of reference and secret: a guest with their secret, a guest with another's secret, a
 * guest with none, and the staff roles holding the right pair or none.
 */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class GuestAccessTest {

    /**
     * method, path, caller, status. For the status check the caller's suffix says which pair they send: "+secret"
     * the guest's own, "+other" another guest's secret, "+none" the reference alone.
     */
    static final Object[][] MATRIX = {
            {"POST", "/referrals/guest", "anonymous", 201}, {"POST", "/referrals/guest", "tampered", 401},
            {"POST", "/referrals/guest", "resident1", 201}, {"POST", "/referrals/guest", "linkworker1", 201},
            {"POST", "/referrals/guest", "coordinator1", 201}, {"POST", "/referrals/guest", "editor1", 201},
            {"POST", "/referrals/guest", "partner", 201},

            {"POST", "/referrals/status", "anonymous+secret", 200},
            {"POST", "/referrals/status", "anonymous+other", 404},
            {"POST", "/referrals/status", "anonymous+none", 422}, {"POST", "/referrals/status", "tampered+other", 404},
            {"POST", "/referrals/status", "resident1+other", 404}, {"POST", "/referrals/status", "resident1+none", 422},
            {"POST", "/referrals/status", "linkworker1+other", 404},
            {"POST", "/referrals/status", "coordinator1+none", 422},
            {"POST", "/referrals/status", "coordinator1+other", 404},
            {"POST", "/referrals/status", "editor1+other", 404}, {"POST", "/referrals/status", "partner+other", 404},
            {"POST", "/referrals/status", "resident1+secret", 200},
    };

    @Test
    void everyCallerGetsTheStatusOfTheTable() {
        String[] guest = Guests.referred();
        String[] other = Guests.referred();
        List<String> wrong = new ArrayList<>();
        for (Object[] row : MATRIX) {
            String[] caller = ((String) row[2]).split("\\+");
            RequestSpecification request = ReferralAccessTest.as(caller[0]).contentType(ContentType.JSON);
            if (row[1].equals("/referrals/guest")) {
                request = request.body(Guests.REFERRAL);
            } else {
                String secret = switch (caller[1]) {
                    case "secret" -> ", \"secret\": \"" + guest[1] + "\"";
                    case "other" -> ", \"secret\": \"" + other[1] + "\"";
                    default -> "";
                };
                request = request.body("{\"reference\": \"" + guest[0] + "\"" + secret + "}");
            }
            int status = request.when().request((String) row[0], (String) row[1]).then().extract().statusCode();
            if (status != (Integer) row[3]) {
                wrong.add(row[0] + " " + row[1] + " as " + row[2] + ": " + status + ", expected " + row[3]);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
