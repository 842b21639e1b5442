package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Search quality over the demo directory, measured: for each query of {@code relevance/demo-queries.tsv}, how many of
 * the first five results are services the person wants. Precision@5 here divides by min(5, number of wanted
 * services), so a query with one right answer scores 1 when that answer is in the top five. Wanted services are named,
 * or given as a demo category or a part of the name; those are resolved through the API's own filters.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(DirectoryTestResource.class)
class SearchRelevanceTest {

    record Judgement(String query, Set<String> relevant) {
    }

    @Test
    void precisionAtFiveOverTheRelevanceSet() throws IOException {
        List<String> allNames = names(Map.of());
        List<Judgement> judgements = judgements(allNames);
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

    private static List<Judgement> judgements(List<String> allNames) throws IOException {
        Map<String, String> termIds = given().queryParam("taxonomy_id", OrukPublicApiTest.DEMO_TAXONOMY)
                .queryParam("per_page", 100).when().get("/taxonomy_terms").then()
                .statusCode(200).extract().jsonPath().<Map<String, String>>getList("contents").stream()
                .collect(Collectors.toMap(t -> t.get("code"), t -> t.get("id")));
        List<Judgement> judgements = new ArrayList<>();
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/relevance/demo-queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                Set<String> relevant = new HashSet<>();
                for (String wanted : columns[1].split("\\|")) {
                    if (wanted.startsWith("term:")) {
                        String id = termIds.get(wanted.substring(5));
                        assertTrue(id != null, "no demo category " + wanted);
                        relevant.addAll(names(Map.of("taxonomy_term_id", id)));
                    } else if (wanted.startsWith("~")) {
                        String part = wanted.substring(1).toLowerCase(Locale.ROOT);
                        allNames.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(part))
                                .forEach(relevant::add);
                    } else {
                        relevant.add(wanted);
                    }
                }
                assertTrue(allNames.containsAll(relevant), "a judgement names a service that is not in the demo: "
                        + line);
                assertTrue(!relevant.isEmpty(), "nothing wanted for " + line);
                judgements.add(new Judgement(columns[0], relevant));
            }
        }
        return judgements;
    }

    /** The names of every published service that the filters select (all pages). */
    private static List<String> names(Map<String, String> filters) {
        List<String> names = new ArrayList<>();
        for (int page = 1;; page++) {
            var json = given().queryParams(filters).queryParam("per_page", 100).queryParam("page", page)
                    .queryParam("sort", "name").when().get("/services").then().statusCode(200).extract().jsonPath();
            names.addAll(json.getList("contents.name"));
            if (json.getBoolean("last_page")) {
                return names;
            }
        }
    }
}
