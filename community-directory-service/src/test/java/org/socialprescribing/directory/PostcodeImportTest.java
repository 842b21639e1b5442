package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Postcode centroid imports (ONS Postcode Directory and Code-Point Open), coordinators only, and their effect. */
@QuarkusTest
@WithTestResource(DirectoryTestResource.class)
class PostcodeImportTest {

    static final String ONSPD = """
            pcd,pcd2,pcds,dointr,doterm,oslaua,lat,long
            "ZY1 1AA","ZY1  1AA","ZY1 1AA","199801","","E07999003",53.100000,-1.200000
            "ZY1 1AB","ZY1  1AB","ZY1 1AB","199801","200112","E07999003",53.100100,-1.200100
            "ZY1 1AD","ZY1  1AD","ZY1 1AD","199801","","E07999003",99.999999,0.000000
            "NOT A CODE","X","NOT A CODE","199801","","E07999003",53.1,-1.2
            """;

    /** Code-Point Open has no header; SW1A 1AA sits at 529090, 179645 on the National Grid. */
    static final String CODE_POINT = """
            "SW1A1AA",10,529090,179645,"E92000001","E19000003","E18000007","","E09000033","E05013806"
            "SW1A2AA",10,0,0,"E92000001","E19000003","E18000007","","E09000033","E05013806"
            """;

    @Test
    void coordinatorsImportOnspdAndTheirPostcodesBecomeSearchable() {
        given().auth().oauth2(Tokens.of("coordinator1")).contentType("text/csv").body(ONSPD).when()
                .post("/postcode_centroids").then().statusCode(200).body("format", equalTo("onspd"))
                .body("imported", equalTo(1)).body("skipped", equalTo(3))
                .body("skippedBecause.'terminated postcode'", equalTo(1))
                .body("skippedBecause.'no position'", equalTo(1))
                .body("skippedBecause.'not a postcode'", equalTo(1));
        given().queryParam("postcode", "zy1 1aa").when().get("/service_at_locations").then().statusCode(200);
        given().queryParam("postcode", "ZY1 1AB").when().get("/service_at_locations").then().statusCode(400);
    }

    @Test
    void codePointEastingsAndNorthingsBecomeLatitudeAndLongitude() {
        given().auth().oauth2(Tokens.of("coordinator1")).contentType("text/csv").body(CODE_POINT).when()
                .post("/postcode_centroids").then().statusCode(200).body("format", equalTo("code-point-open"))
                .body("imported", equalTo(1)).body("skipped", equalTo(1));
        // Known now (before the import it was a 400); BritishNationalGridTest checks the conversion itself.
        given().queryParam("postcode", "SW1A 1AA").when().get("/service_at_locations").then().statusCode(200);
        given().queryParam("postcode", "SW1A 2AA").when().get("/service_at_locations").then().statusCode(400);
    }

    @Test
    void onlyCoordinatorsImport() {
        given().contentType("text/csv").body(ONSPD).when().post("/postcode_centroids").then().statusCode(401)
                .contentType("application/problem+json");
        for (String user : new String[]{"resident1", "linkworker1", "editor1", "commissioner1"}) {
            given().auth().oauth2(Tokens.of(user)).contentType("text/csv").body(ONSPD).when()
                    .post("/postcode_centroids").then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void aFileOfNeitherFormatIs422AndAnEmptyOne422() {
        given().auth().oauth2(Tokens.of("coordinator1")).contentType("text/csv").body("name,age\nAnn,4\n").when()
                .post("/postcode_centroids").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("coordinator1")).contentType("text/csv").body("").when()
                .post("/postcode_centroids").then().statusCode(422);
        given().auth().oauth2(Tokens.of("coordinator1")).contentType("application/json").body("{}").when()
                .post("/postcode_centroids").then().statusCode(415);
        // A header that is no media type at all is a malformed request, answered as a problem, never a 500.
        given().auth().oauth2(Tokens.of("coordinator1")).header("Content-Type", "csv, please")
                .body("a,b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).when()
                .post("/postcode_centroids").then().statusCode(400).contentType("application/problem+json");
    }
}
