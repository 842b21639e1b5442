package org.socialprescribing.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The closed loop's access matrix: the charity's inbox and answers (the receiving charity's editor against another
 * charity's), sending onward, and the person's own controls (the person against another resident and staff), for
 * anonymous callers, a tampered token and each role. EveryOperationHasAccessRowsTest reads {@link #MATRIX} with the
 * other {@code *AccessTest}s' tables.
 */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class InboxAccessTest {

    private static final String NONE = "00000000-0000-4000-8000-000000000000";

    /**
     * method, path, caller, status. L: linkworker1's referral (assigned to them) in conversation; O: its onward
     * referral to editor1's organisation; A, B, C: three more, answered once each; R: resident1's referral in
     * conversation, sent to editor1's organisation, S: its consent to share; W: another of resident1's, withdrawn by
     * its row; N: none.
     */
    static final Object[][] MATRIX = {
            {"GET", "/onward-referrals", "anonymous", 401}, {"GET", "/onward-referrals", "tampered", 401},
            {"GET", "/onward-referrals", "editor1", 200}, {"GET", "/onward-referrals", "editor2", 200},
            {"GET", "/onward-referrals", "coordinator1", 200}, {"GET", "/onward-referrals", "linkworker1", 403},
            {"GET", "/onward-referrals", "resident1", 403}, {"GET", "/onward-referrals", "commissioner1", 403},
            {"GET", "/onward-referrals", "partner", 403},

            {"GET", "/onward-referrals/O", "anonymous", 401}, {"GET", "/onward-referrals/O", "tampered", 401},
            {"GET", "/onward-referrals/O", "editor1", 200}, {"GET", "/onward-referrals/O", "editor2", 403},
            {"GET", "/onward-referrals/O", "linkworker1", 200}, {"GET", "/onward-referrals/O", "linkworker2", 403},
            {"GET", "/onward-referrals/O", "coordinator1", 200}, {"GET", "/onward-referrals/O", "resident1", 403},
            {"GET", "/onward-referrals/O", "commissioner1", 403}, {"GET", "/onward-referrals/O", "partner", 403},
            {"GET", "/onward-referrals/N", "editor1", 404}, {"GET", "/onward-referrals/N", "coordinator1", 404},
            {"GET", "/onward-referrals/N", "resident1", 403},

            {"POST", "/onward-referrals/O/answers", "anonymous", 401},
            {"POST", "/onward-referrals/O/answers", "tampered", 401},
            {"POST", "/onward-referrals/O/answers", "editor2", 403},
            {"POST", "/onward-referrals/O/answers", "linkworker2", 403},
            {"POST", "/onward-referrals/O/answers", "resident1", 403},
            {"POST", "/onward-referrals/O/answers", "commissioner1", 403},
            {"POST", "/onward-referrals/O/answers", "partner", 403},
            {"POST", "/onward-referrals/A/answers", "editor1", 200},
            {"POST", "/onward-referrals/B/answers", "linkworker1", 200},
            {"POST", "/onward-referrals/C/answers", "coordinator1", 200},
            {"POST", "/onward-referrals/N/answers", "editor1", 404},

            {"POST", "/referrals/L/onward", "anonymous", 401}, {"POST", "/referrals/L/onward", "tampered", 401},
            {"POST", "/referrals/L/onward", "resident1", 403}, {"POST", "/referrals/R/onward", "resident1", 403},
            {"POST", "/referrals/L/onward", "linkworker2", 403}, {"POST", "/referrals/L/onward", "editor1", 403},
            {"POST", "/referrals/L/onward", "commissioner1", 403}, {"POST", "/referrals/L/onward", "partner", 403},
            {"POST", "/referrals/L/onward", "linkworker1", 201}, {"POST", "/referrals/L/onward", "coordinator1", 201},
            {"POST", "/referrals/N/onward", "linkworker1", 404},

            {"GET", "/referrals/R/consents", "anonymous", 401}, {"GET", "/referrals/R/consents", "resident1", 200},
            {"GET", "/referrals/R/consents", "resident2", 403}, {"GET", "/referrals/R/consents", "linkworker1", 200},
            {"GET", "/referrals/L/consents", "linkworker2", 403},
            {"GET", "/referrals/R/consents", "coordinator1", 200}, {"GET", "/referrals/R/consents", "editor1", 403},
            {"GET", "/referrals/R/consents", "commissioner1", 403}, {"GET", "/referrals/R/consents", "partner", 403},
            {"GET", "/referrals/N/consents", "coordinator1", 404}, {"GET", "/referrals/N/consents", "resident1", 403},

            {"POST", "/referrals/R/consents/S/revoke", "anonymous", 401},
            {"POST", "/referrals/R/consents/S/revoke", "tampered", 401},
            {"POST", "/referrals/R/consents/S/revoke", "resident2", 403},
            {"POST", "/referrals/R/consents/S/revoke", "linkworker1", 403},
            {"POST", "/referrals/R/consents/S/revoke", "coordinator1", 403},
            {"POST", "/referrals/R/consents/S/revoke", "editor1", 403},
            {"POST", "/referrals/R/consents/S/revoke", "commissioner1", 403},
            {"POST", "/referrals/R/consents/S/revoke", "partner", 403},
            {"POST", "/referrals/R/consents/N/revoke", "resident1", 404},
            {"POST", "/referrals/N/consents/S/revoke", "resident1", 403},
            {"POST", "/referrals/R/consents/S/revoke", "resident1", 200},

            {"POST", "/referrals/W/withdraw", "anonymous", 401}, {"POST", "/referrals/W/withdraw", "tampered", 401},
            {"POST", "/referrals/W/withdraw", "resident2", 403}, {"POST", "/referrals/W/withdraw", "linkworker1", 403},
            {"POST", "/referrals/W/withdraw", "coordinator1", 403}, {"POST", "/referrals/W/withdraw", "editor1", 403},
            {"POST", "/referrals/W/withdraw", "commissioner1", 403}, {"POST", "/referrals/W/withdraw", "partner", 403},
            {"POST", "/referrals/N/withdraw", "resident1", 403}, {"POST", "/referrals/W/withdraw", "resident1", 200},
    };

    @Test
    void everyCallerGetsTheStatusOfTheTable() {
        Map<String, String> ids = new HashMap<>();
        ids.put("L", Referrals.by("linkworker1"));
        Referrals.move("linkworker1", ids.get("L"), "{\"move\": \"start_conversation\"}").statusCode(200);
        for (String letter : List.of("O", "A", "B", "C")) {
            ids.put(letter, Onward.sent(ids.get("L"), Onward.ORG1));
        }
        ids.put("R", Onward.inConversation("resident1"));
        Onward.sent(ids.get("R"), Onward.ORG1);
        ids.put("S", Onward.consents("resident1", ids.get("R")).extract().jsonPath()
                .getString("find { it.purpose == 'share' }.id"));
        ids.put("W", Referrals.by("resident1"));
        ids.put("N", NONE);

        List<String> wrong = new ArrayList<>();
        Pattern letter = Pattern.compile("/([A-Z])(?=/|$)");
        for (Object[] row : MATRIX) {
            String method = (String) row[0];
            Matcher m = letter.matcher((String) row[1]);
            String path = m.replaceAll(r -> "/" + ids.get(r.group(1)));
            String caller = (String) row[2];
            int expected = (Integer) row[3];
            RequestSpecification request = ReferralAccessTest.as(caller);
            if (path.endsWith("/onward")) {
                request = request.contentType(ContentType.JSON)
                        .body(Onward.body(UUID.randomUUID().toString(), Onward.ORG1, null));
            } else if (path.endsWith("/answers")) {
                request = request.contentType(ContentType.JSON).body("{\"answer\": \"accept\"}");
            }
            int status = request.when().request(method, path).then().extract().statusCode();
            if (status != expected) {
                wrong.add(method + " " + row[1] + " as " + caller + ": " + status + ", expected " + expected);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
