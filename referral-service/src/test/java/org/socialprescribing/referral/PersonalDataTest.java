package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A person's data exported (everything held, as JSON) and erased (all but the audit trail, without reasons). */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class PersonalDataTest {

    @Inject
    EntityManager em;

    @Inject
    StoredRows stored;

    @Test
    void aResidentsExportHoldsTheirRecordReferralsTimelinesConsentsAndStaffAccess() {
        String id = Referrals.by("resident1");
        given().auth().oauth2(Tokens.of("linkworker2")).when().get("/referrals/" + id).then().statusCode(200);

        JsonPath export = People.ownExport("resident1").statusCode(200).extract().jsonPath();
        assertEquals("Rosa", export.getString("person.details.given_name"));
        assertEquals("DM1 1AB", export.getString("person.details.postcode"));
        Map<String, Object> referral = export.getMap("referrals.find { it.referral.id == '" + id + "' }");
        assertEquals("Feeling isolated since moving", ((Map<?, ?>) referral.get("referral")).get("free_text"));
        assertEquals(List.of("received"),
                ((List<?>) referral.get("timeline")).stream().map(e -> ((Map<?, ?>) e).get("kind")).toList());
        assertEquals(List.of(), ((Map<?, ?>) referral.get("also_held")).get("onward_referral"));
        assertEquals("contact", export.getString("consents.find { it.referral_id == '" + id + "' }.purpose"));
        assertEquals("read referral", export.getString("staff_access.find { it.referral_id == '" + id + "' }.action"));
        assertEquals(People.subject("linkworker2"),
                export.getString("staff_access.find { it.referral_id == '" + id + "' }.actor"));
    }

    @Test
    void aCoordinatorsExportIsAuditedAndAnUnknownPersonIs404() {
        Referrals.by("resident1");
        String personId = People.ownExport("resident1").extract().path("person.id");
        given().auth().oauth2(Tokens.of("coordinator1")).header("X-Audit-Reason", "subject access request by letter")
                .when().get("/people/" + personId + "/export").then().statusCode(200)
                .body("person.id", equalTo(personId)).body("person.details.given_name", equalTo("Rosa"));
        People.audit("person_id=" + personId + "&actor=" + People.subject("coordinator1")).statusCode(200)
                .body("items[0].action", equalTo("export person data"))
                .body("items[0].reason", equalTo("subject access request by letter"))
                .body("items[0].referral_id", nullValue());
        given().auth().oauth2(Tokens.of("coordinator1")).when()
                .get("/people/00000000-0000-4000-8000-000000000000/export").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aResidentErasesTheirDataAndOnlyTheAuditTrailWithoutReasonsIsKept() {
        String id = Referrals.by("resident2");
        given().auth().oauth2(Tokens.of("linkworker1")).header("X-Audit-Reason", "called them back").when()
                .get("/referrals/" + id).then().statusCode(200);

        // A row of a table the service has no entity for, pointing at the referral: exported and erased with it
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into onward_referral (id,"
                + " referral_id, service_id, organisation_id, state, decline_reason, sent_at) values (?1, ?2, ?3, ?4,"
                + " 'DECLINED', 'Group is full this term', now())").setParameter(1, UUID.randomUUID())
                .setParameter(2, UUID.fromString(id)).setParameter(3, UUID.randomUUID())
                .setParameter(4, UUID.randomUUID()).executeUpdate());
        People.ownExport("resident2").body("referrals.find { it.referral.id == '" + id
                + "' }.also_held.onward_referral[0].decline_reason", equalTo("Group is full this term"));

        given().auth().oauth2(Tokens.of("resident2")).when().delete("/people/me").then().statusCode(204);

        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from onward_referral where referral_id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id).then().statusCode(404);
        People.ownExport("resident2").statusCode(200).body("person", nullValue()).body("referrals", empty())
                .body("consents", empty()).body("staff_access", empty());
        People.audit("referral_id=" + id).body("items.action", hasItem("read referral"))
                .body("items.reason", everyItem(nullValue()));
        given().auth().oauth2(Tokens.of("resident2")).when().delete("/people/me").then().statusCode(204);
    }

    @Test
    void aCoordinatorErasesOnlyWithAReasonAndNothingChangesWithout() {
        String id = Referrals.by("linkworker1");
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id).then().statusCode(200);
        String personId = People.audit("referral_id=" + id).extract().path("items[0].person_id");

        given().auth().oauth2(Tokens.of("coordinator1")).when().delete("/people/" + personId).then().statusCode(422)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("coordinator1")).header("X-Audit-Reason", "  ").when()
                .delete("/people/" + personId).then().statusCode(422);
        given().auth().oauth2(Tokens.of("coordinator1")).header("X-Audit-Reason", "r".repeat(501)).when()
                .delete("/people/" + personId).then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("X-Audit-Reason"));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id).then().statusCode(200)
                .body("person.given_name", equalTo("Sam"));
        People.audit("person_id=" + personId).body("items.action",
                org.hamcrest.Matchers.not(hasItem("erase person data")));

        given().auth().oauth2(Tokens.of("coordinator1")).header("X-Audit-Reason", "their request by phone").when()
                .delete("/people/" + personId).then().statusCode(204);

        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/people/" + personId + "/export").then()
                .statusCode(404);
        People.audit("person_id=" + personId + "&actor=" + People.subject("coordinator1"))
                .body("items.action", hasItem("erase person data"))
                .body("items.find { it.action == 'erase person data' }.reason", equalTo("their request by phone"))
                .body("items.find { it.action == 'read referral' }.reason", nullValue());
        given().auth().oauth2(Tokens.of("coordinator1")).header("X-Audit-Reason", "their request").when()
                .delete("/people/" + personId).then().statusCode(404);
    }

    @Test
    void erasureTakesTheStoredAnswerOfAGuestsIdempotentSubmissionToo() {
        String key = UUID.randomUUID().toString();
        String reference = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Guests.REFERRAL)
                .when().post("/referrals/guest").then()
                .statusCode(201).extract().path("reference");
        String id = stored.one("SELECT id FROM referral WHERE reference = ?", reference);
        assertEquals("1", stored.one("SELECT count(*) FROM idempotency_key WHERE key = ?", key));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id).then().statusCode(200);
        String personId = People.audit("referral_id=" + id).extract().path("items[0].person_id");

        given().auth().oauth2(Tokens.of("coordinator1")).header("X-Audit-Reason", "their request by e-mail").when()
                .delete("/people/" + personId).then().statusCode(204);

        assertEquals("0", stored.one("SELECT count(*) FROM idempotency_key WHERE key = ?", key),
                "a guest's receipt names the referral by reference only, and goes with it");
    }
}
