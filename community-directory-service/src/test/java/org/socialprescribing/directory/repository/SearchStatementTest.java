package org.socialprescribing.directory.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Named parameters become positional ones in the order they appear; casts and quoted text stay as they are. */
class SearchStatementTest {

    @Test
    void eachNamedParameterBecomesAQuestionMarkWithItsValueInOrder() {
        UUID term = UUID.randomUUID();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("term", term);
        params.put("latitude", 53.48);
        params.put("longitude", -2.24);
        List<Object> values = new ArrayList<>();

        String sql = SearchStatement.positional(
                "SELECT earth_distance(ll_to_earth(:latitude, :longitude), p) WHERE t = :term"
                        + " AND near(ll_to_earth(:latitude, :longitude))",
                params, values);

        assertEquals("SELECT earth_distance(ll_to_earth(?, ?), p) WHERE t = ? AND near(ll_to_earth(?, ?))", sql);
        assertEquals(List.of(53.48, -2.24, term, 53.48, -2.24), values);
    }

    @Test
    void castsQuotedTextAndNamesWithoutAValueAreLeftAlone() {
        Map<String, Object> params = Map.of("integer", 1, "text", "walking", "day", "MO");
        List<Object> values = new ArrayList<>();

        String sql = SearchStatement.positional(
                "SELECT (x - y)::integer, 'at :day' || :text, :unbound, :dayAfter FROM t", params, values);

        assertEquals("SELECT (x - y)::integer, 'at :day' || ?, :unbound, :dayAfter FROM t", sql);
        assertEquals(List.of("walking"), values);
    }

    @Test
    void commentsDoubledQuotesAndQuotedIdentifiersDoNotConfuseIt() {
        Map<String, Object> params = Map.of("today", "2026-11-24", "todayParts", "TU,2TU", "text", "walking");
        List<Object> values = new ArrayList<>();

        String sql = SearchStatement.positional("""
                SELECT 'it''s :text', sc."interval" -- the service's :text
                 WHERE d = cast(:today as date) AND p && string_to_array(:todayParts, ',') AND t = :text""",
                params, values);

        assertEquals("""
                SELECT 'it''s :text', sc."interval" -- the service's :text
                 WHERE d = cast(? as date) AND p && string_to_array(?, ',') AND t = ?""", sql);
        assertEquals(List.of("2026-11-24", "TU,2TU", "walking"), values);
    }
}
