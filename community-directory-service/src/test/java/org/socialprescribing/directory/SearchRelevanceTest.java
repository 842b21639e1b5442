package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Search quality over the demo directory, measured: for each query of {@code relevance/demo-queries.tsv}, how many of
 * the first five results are services the person wants. Precision@5 here divides by min(5, number of wanted
 * services), so a query with one right answer scores 1 when that answer is in the top five.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(DirectoryTestResource.class)
class SearchRelevanceTest {

    record Judgement(String query, List<String> relevant) {
    }

    @Test
    void precisionAtFiveOverTheRelevanceSet() throws IOException {
        List<Judgement> judgements = judgements();
        assertTrue(judgements.size() >= 30, "at least 30 queries");
        double precisionSum = 0;
        int topHits = 0;
        StringBuilder report = new StringBuilder();
        for (Judgement judgement : judgements) {
            List<String> top = given().queryParam("search", judgement.query()).queryParam("per_page", 5).when()
                    .get("/services").then().statusCode(200).extract().jsonPath().getList("contents.name");
            long hits = top.stream().filter(judgement.relevant()::contains).count();
            double precision = (double) hits / Math.min(5, judgement.relevant().size());
            precisionSum += precision;
            if (!top.isEmpty() && judgement.relevant().contains(top.get(0))) {
                topHits++;
            }
            report.append(String.format("%-22s P@5=%.2f top=%s%n", judgement.query(), precision, top));
        }
        double meanPrecision = precisionSum / judgements.size();
        double topOne = (double) topHits / judgements.size();
        System.out.printf("Search relevance over %d queries: mean precision@5 %.3f, top result relevant %.3f%n%s",
                judgements.size(), meanPrecision, topOne, report);
        assertTrue(meanPrecision >= 0.9, "mean precision@5 " + meanPrecision + "\n" + report);
        assertTrue(topOne >= 0.9, "top result relevant " + topOne + "\n" + report);
    }

    private static List<Judgement> judgements() throws IOException {
        List<Judgement> judgements = new ArrayList<>();
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/relevance/demo-queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                judgements.add(new Judgement(columns[0], List.of(columns[1].split("\\|"))));
            }
        }
        return judgements;
    }
}
