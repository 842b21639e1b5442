package org.socialprescribing.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Who may see and refresh a referral's suggestions (rows of the access matrix; see ReferralAccessTest). */
@QuarkusTest
@WithTestResource(StandInDirectory.class)
class MatchAccessTest {

    /** L: a referral linkworker1 made (assigned to them); N: none. */
    static final Object[][] MATRIX = {
            {"GET", "/referrals/L/suggestions", "anonymous", 401}, {"GET", "/referrals/L/suggestions", "tampered", 401},
            {"GET", "/referrals/L/suggestions", "resident1", 403},
            {"GET", "/referrals/L/suggestions", "linkworker1", 200},
            {"GET", "/referrals/L/suggestions", "linkworker2", 403},
            {"GET", "/referrals/L/suggestions", "coordinator1", 200},
            {"GET", "/referrals/L/suggestions", "editor1", 403},
            {"GET", "/referrals/L/suggestions", "commissioner1", 403},
            {"GET", "/referrals/L/suggestions", "partner", 403},
            {"GET", "/referrals/N/suggestions", "linkworker1", 404},
            {"POST", "/referrals/L/suggestions", "anonymous", 401},
            {"POST", "/referrals/L/suggestions", "resident1", 403},
            {"POST", "/referrals/L/suggestions", "linkworker1", 200},
            {"POST", "/referrals/L/suggestions", "linkworker2", 403},
            {"POST", "/referrals/L/suggestions", "coordinator1", 200},
            {"POST", "/referrals/L/suggestions", "editor1", 403},
    };

    @Test
    void everyCallerGetsTheStatusOfTheTable() {
        String referral = Referrals.by("linkworker1");
        List<String> wrong = new ArrayList<>();
        for (Object[] row : MATRIX) {
            String path = ((String) row[1]).replace("/L/", "/" + referral + "/")
                    .replace("/N/", "/00000000-0000-4000-8000-000000000000/");
            int status = ReferralAccessTest.as((String) row[2]).when().request((String) row[0], path).then().extract()
                    .statusCode();
            if (status != (Integer) row[3]) {
                wrong.add(row[0] + " " + row[1] + " as " + row[2] + ": " + status + ", expected " + row[3]);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
