package org.socialprescribing.directory.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * Builds the WHERE clause of a public search over published services (alias {@code s}, organisation {@code o}) and
 * the parameters it binds. Every filter is a predicate an index serves: GIN for text, arrays and days,
 * b-tree for organisation, ages and modification time, GiST (earthdistance) for proximity.
 */
final class SearchSql {

    /** The search words as a tsquery that matches any of them (websearch syntax, english stemming, no accents). */
    static final String ANY_WORD = "cast(replace(cast(websearch_to_tsquery('english',"
            + " immutable_unaccent(:text)) as text), ' & ', ' | ') as tsquery)";

    /**
     * Text relevance: full-text rank (name above categories above description, more of the words above fewer; at
     * most about 1) counted twice, plus one, so that combined with distance a nearby match in the description does
     * not outrank a match in the name a little further away, nor a far better match one much further away.
     */
    static final String TEXT_SCORE = "(1 + 2 * ts_rank(s.search_vector, " + ANY_WORD + "))";

    static final String POINT = "ll_to_earth(:latitude, :longitude)";

    final StringBuilder where = new StringBuilder(" s.status <> 'defunct' AND o.verified");
    final Map<String, Object> params = new HashMap<>();

    /**
     * @param filters
     *            the search's filters; misspelt words in its text are corrected before ({@link SearchWordRepository})
     */
    SearchSql(ServiceFilters filters) {
        this(filters, "s");
    }

    /**
     * @param filters
     *            the search's filters; misspelt words in its text are corrected before ({@link SearchWordRepository})
     * @param wordsOf
     *            the row whose {@code taxonomy_term_ids} the category tests and whose {@code search_vector} pre-filters
     *            the words before the service's own decide: the service ({@code s}, no pre-filter), or a service at a
     *            location ({@code sal}), whose copies the point's index carries (V18)
     */
    SearchSql(ServiceFilters filters, String wordsOf) {
        filters.text().ifPresent(text -> {
            // Any of the words (a service need not contain them all); ranking puts those with more first.
            if (!"s".equals(wordsOf)) {
                // A pre-filter on the copy (V18; none for a service with very many words), then the service's own.
                and("(" + wordsOf + ".search_vector @@ " + ANY_WORD + " OR " + wordsOf + ".search_vector IS NULL)");
            }
            and("s.search_vector @@ " + ANY_WORD);
            params.put("text", text);
        });
        filters.taxonomyTermId().ifPresent(term -> {
            // The term and its descendants as one array computed once, against the service's own array of
            // categories (V14): no probe of the links per candidate, and a GIN index when there is no point.
            and(wordsOf + """
                    .taxonomy_term_ids && ARRAY(
                        WITH RECURSIVE terms(id) AS (
                            SELECT id FROM taxonomy_term WHERE id = :term
                            UNION ALL
                            SELECT t.id FROM taxonomy_term t JOIN terms ON t.parent_id = terms.id)
                        SELECT id FROM terms)""");
            params.put("term", term);
        });
        filters.taxonomyId().ifPresent(taxonomy -> {
            and("""
                    EXISTS (SELECT 1 FROM service_taxonomy_term st JOIN taxonomy_term tt ON tt.id = st.taxonomy_term_id
                            WHERE st.service_id = s.id AND tt.taxonomy_id = :taxonomy)""");
            params.put("taxonomy", taxonomy);
        });
        filters.minimumAge().ifPresent(age -> bind("(s.maximum_age IS NULL OR s.maximum_age >= :minimumAge)",
                "minimumAge", age));
        filters.maximumAge().ifPresent(age -> bind("(s.minimum_age IS NULL OR s.minimum_age <= :maximumAge)",
                "maximumAge", age));
        filters.organizationId().ifPresent(id -> bind("s.organization_id = :organization", "organization", id));
        filters.modifiedAfter().ifPresent(time -> bind("s.last_modified >= :modifiedAfter", "modifiedAfter",
                java.sql.Timestamp.from(time)));
        filters.free().ifPresent(free -> and(free
                ? "EXISTS (SELECT 1 FROM cost_option co WHERE co.service_id = s.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM cost_option co WHERE co.service_id = s.id AND co.amount > 0)"
                : "EXISTS (SELECT 1 FROM cost_option co WHERE co.service_id = s.id AND co.amount > 0)"));
        filters.language().ifPresent(language -> bind("""
                EXISTS (SELECT 1 FROM language lg WHERE lg.service_id = s.id
                        AND (lower(lg.code) = lower(:language) OR lower(lg.name) = lower(:language)))""",
                "language", language));
        if (!filters.deliveryModes().isEmpty()) {
            bind("s.delivery_modes && cast(string_to_array(:modes, ',') as varchar[])", "modes",
                    String.join(",", filters.deliveryModes()));
        }
        filters.eligibleAs().ifPresent(criteria -> bind(
                "s.eligibility_criteria <@ cast(string_to_array(:eligibleAs, ',') as varchar[])", "eligibleAs",
                String.join(",", criteria) + ",lives_in_area"));
        sessions(filters);
    }

    /** Day, times and "open now" must all hold for one current session of the service. */
    private void sessions(ServiceFilters filters) {
        StringBuilder session = new StringBuilder();
        filters.day().ifPresent(day -> {
            session.append(" AND sc.weekdays @> string_to_array(:day, ',')");
            params.put("day", day);
        });
        filters.startTime().ifPresent(time -> {
            session.append(" AND sc.closes_at > :startTime");
            params.put("startTime", time);
        });
        filters.endTime().ifPresent(time -> {
            session.append(" AND sc.opens_at < :endTime");
            params.put("endTime", time);
        });
        filters.openAt().ifPresent(moment -> {
            session.append("""
                    AND sc.byday_parts && string_to_array(:todayParts, ',')
                    AND sc.opens_at <= :nowTime AND sc.closes_at > :nowTime
                    AND (sc.valid_from IS NULL OR sc.valid_from <= cast(:today as date))
                    AND (coalesce(sc."interval", 1) = 1 OR sc.dtstart IS NULL
                         OR (sc.freq = 'WEEKLY' AND ((cast(:today as date) - sc.dtstart) / 7) % sc."interval" = 0)
                         OR (sc.freq = 'MONTHLY' AND ((extract(year FROM cast(:today as date)) * 12
                               + extract(month FROM cast(:today as date))) - (extract(year FROM sc.dtstart) * 12
                               + extract(month FROM sc.dtstart)))::integer % sc."interval" = 0))""");
            params.put("todayParts", String.join(",", moment.bydayParts()));
            params.put("nowTime", moment.time());
            params.put("today", moment.date());
        });
        if (!session.isEmpty()) {
            // Sessions that have ended for good never match.
            and("EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id"
                    + " AND (sc.valid_to IS NULL OR sc.valid_to >= current_date)" + session + ")");
        }
    }

    /** Keeps only services whose coded service areas, if they have any, include the point's district. */
    void coveringArea(String areaCode) {
        bind("""
                (NOT EXISTS (SELECT 1 FROM service_area sa WHERE sa.service_id = s.id AND sa.area_code IS NOT NULL)
                 OR EXISTS (SELECT 1 FROM service_area sa WHERE sa.service_id = s.id AND sa.area_code = :areaCode))""",
                "areaCode", areaCode);
    }

    /** Binds a point for distance expressions ({@link #POINT}). */
    void point(Near near) {
        params.put("latitude", near.latitude());
        params.put("longitude", near.longitude());
        near.areaCode().ifPresent(this::coveringArea);
    }

    /**
     * The row {@code alias} (a location, or a service at a location with its copy of the point) lies within the radius
     * of the point: an index range on the cube, then the exact distance.
     */
    String withinRadius(String alias, int radiusMetres) {
        params.put("radius", radiusMetres);
        return "earth_box(" + POINT + ", :radius) @> " + alias + ".earth_point AND earth_distance(" + POINT + ", "
                + alias + ".earth_point) <= :radius";
    }

    void and(String predicate) {
        where.append("\n AND ").append(predicate);
    }

    private void bind(String predicate, String name, Object value) {
        and(predicate);
        params.put(name, value);
    }

    /** The rows of {@code sql}, with those of the parameters bound that it uses, planned for their values. */
    List<Object[]> rows(EntityManager em, String sql) {
        return SearchStatement.rows(em, sql, params);
    }
}
