package org.socialprescribing.directory.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/**
 * Builds the WHERE clause of a public search over published services (alias {@code s}, organisation {@code o}) and
 * the parameters it binds. Every filter is a predicate an index serves: GIN for text, arrays and days,
 * b-tree for organisation, ages and modification time, GiST (earthdistance) for proximity.
 * <p>
 * A search within a radius of a point starts from the services at locations ({@code sal}) near it, whose index
 * entries carry copies of their service's words and categories (V18): the radius, a pre-filter of the words and the
 * categories are tested there ({@link #atPlace()}, for the caller to put where {@code sal} is in scope). Such a
 * search keeps its plan between uses ({@link #planKept}); any other is planned for its values every time.
 */
final class SearchSql {

    /** The search words as a tsquery that matches any of them (websearch syntax, english stemming, no accents). */
    private static final String ANY_WORD = "cast(replace(cast(websearch_to_tsquery('english',"
            + " immutable_unaccent(:text)) as text), ' & ', ' | ') as tsquery)";

    private static final String POINT = "ll_to_earth(:latitude, :longitude)";

    final StringBuilder where = new StringBuilder(" s.status <> 'defunct' AND o.verified");
    final Map<String, Object> params = new HashMap<>();

    /**
     * Whether PostgreSQL may keep the search's plan between uses (pgjdbc prepares it on the server after five): a
     * search within a radius, whose plan starts from the point's index whatever the values, so one plan serves all.
     * Planning it afresh took about 0.4 of its statement's 1.1 ms, and the kept plan cost no more, within a few per
     * cent, at every radius measured from 5 to 200 km (bench/README.md). Its words and point are then computed once
     * per search, as subqueries (InitPlans), not once per candidate. Any other search is planned for its values every
     * time: a kept plan could not see how common its words are (a broad search took 47 ms instead of 27).
     */
    final boolean planKept;

    /** The radius, the words' pre-filter and the categories, tested on a service at a location {@code sal}. */
    private final List<String> atPlace = new ArrayList<>();

    /**
     * @param filters
     *            the search's filters; misspelt words in its text are corrected before ({@link SearchWordRepository})
     * @param near
     *            the point searched around, if any: its values are bound for {@link #point()}, and with a radius the
     *            search is within it ({@link #atPlace()})
     */
    SearchSql(ServiceFilters filters, Optional<Near> near) {
        Optional<Integer> radius = near.flatMap(Near::radiusMetres);
        planKept = radius.isPresent();
        near.ifPresent(point -> {
            params.put("latitude", point.latitude());
            params.put("longitude", point.longitude());
            point.areaCode().ifPresent(this::coveringArea);
        });
        radius.ifPresent(metres -> {
            // An index range on the cube, then the exact distance.
            params.put("radius", metres);
            atPlace.add("earth_box(" + point() + ", :radius) @> sal.earth_point AND earth_distance(" + point()
                    + ", sal.earth_point) <= :radius");
        });
        filters.text().ifPresent(text -> {
            // Any of the words (a service need not contain them all); ranking puts those with more first.
            if (planKept) {
                // A pre-filter on the copy (none for a service with very many words); the service's own decide.
                atPlace.add("(sal.search_vector @@ " + anyWord() + " OR sal.search_vector IS NULL)");
            }
            and("s.search_vector @@ " + anyWord());
            params.put("text", text);
        });
        filters.taxonomyTermId().ifPresent(term -> {
            // The term and its descendants as one array computed once, against the categories kept on the service
            // (V14; a GIN index when there is no point) or, within a radius, on the service at a location (V18).
            String categories = """
                    .taxonomy_term_ids && ARRAY(
                        WITH RECURSIVE terms(id) AS (
                            SELECT id FROM taxonomy_term WHERE id = :term
                            UNION ALL
                            SELECT t.id FROM taxonomy_term t JOIN terms ON t.parent_id = terms.id)
                        SELECT id FROM terms)""";
            if (planKept) {
                atPlace.add("sal" + categories);
            } else {
                and("s" + categories);
            }
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
    private void coveringArea(String areaCode) {
        bind("""
                (NOT EXISTS (SELECT 1 FROM service_area sa WHERE sa.service_id = s.id AND sa.area_code IS NOT NULL)
                 OR EXISTS (SELECT 1 FROM service_area sa WHERE sa.service_id = s.id AND sa.area_code = :areaCode))""",
                "areaCode", areaCode);
    }

    /**
     * Text relevance: full-text rank (name above categories above description, more of the words above fewer; at
     * most about 1) counted twice, plus one, so that combined with distance a nearby match in the description does
     * not outrank a match in the name a little further away, nor a far better match one much further away.
     */
    String textScore() {
        return "(1 + 2 * ts_rank(s.search_vector, " + anyWord() + "))";
    }

    /** The point searched around, on the sphere (earthdistance). */
    String point() {
        return planKept ? "(SELECT " + POINT + ")" : POINT;
    }

    /** The predicates on a service at a location {@code sal}, joined by AND: empty unless within a radius. */
    String atPlace() {
        return String.join("\n AND ", atPlace);
    }

    private String anyWord() {
        return planKept ? "(SELECT " + ANY_WORD + ")" : ANY_WORD;
    }

    void and(String predicate) {
        where.append("\n AND ").append(predicate);
    }

    private void bind(String predicate, String name, Object value) {
        and(predicate);
        params.put(name, value);
    }

    /** The rows of {@code sql}, with those of the parameters bound that it uses, its plan kept or not. */
    List<Object[]> rows(EntityManager em, String sql) {
        return SearchStatement.rows(em, sql, params, planKept);
    }
}
