package org.socialprescribing.portal.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person searched for on the page: words, a postcode and how far from it, a category, free only and a day.
 * Blank means "any".
 */
public record SearchRequest(String text, String postcode, String miles, String category, boolean freeOnly,
        String day, int page) {

    static final double METRES_PER_MILE = 1609.344;

    public boolean isEmpty() {
        return text.isEmpty() && postcode.isEmpty() && category.isEmpty() && !freeOnly && day.isEmpty();
    }

    /** Metres for the directory's proximity; only with a postcode. */
    Integer proximityMetres() {
        if (postcode.isEmpty() || miles.isEmpty()) {
            return null;
        }
        return (int) Math.round(Double.parseDouble(miles) * METRES_PER_MILE);
    }

    /** The query string of this search at another page, for pagination links. */
    public String queryForPage(int number) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("search", text);
        params.put("postcode", postcode);
        params.put("miles", postcode.isEmpty() ? "" : miles);
        params.put("category", category);
        params.put("free", freeOnly ? "true" : "");
        params.put("day", day);
        params.put("page", String.valueOf(number));
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> {
            if (!v.isEmpty()) {
                query.append(query.isEmpty() ? "" : "&").append(k).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
