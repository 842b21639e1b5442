package org.socialprescribing.directory.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sort keys of a public search; {@link RankedPage} breaks the last ties by id so that paging is stable. */
final class SearchOrder {

    /** How far away a match may be before its text rank halves: five kilometres. */
    private static final int HALF_RANK_METRES = 5_000;

    /**
     * One key. {@code inner} (or null) is computed with each match, over the matching row; {@code outer} orders the
     * matches by it ({@link #KEY}) and by their {@code distance} column, so a distance is computed once per match.
     *
     * @param direction
     *            "DESC", "ASC NULLS LAST" or ""
     */
    record Key(String inner, String outer, String direction) {

        /** Where {@code outer} refers to the value of {@code inner}. */
        static final String KEY = "{key}";

        static Key of(String inner, String direction) {
            return new Key(inner, KEY, direction);
        }
    }

    private SearchOrder() {
    }

    /** The keys of {@code search}, whose text score is {@code sql}'s. */
    static List<Key> of(ServiceSearch search, SearchSql sql) {
        List<Key> keys = new ArrayList<>();
        // Fresh first: a listing overdue for review sorts after every fresh one, keeping its order among its kind.
        search.freshSince().ifPresent(date -> keys.add(Key.of(
                "(s.assured_date IS NOT NULL AND s.assured_date >= cast(:freshSince as date))", "DESC")));
        primary(search, sql.textScore()).ifPresent(keys::add);
        keys.add(Key.of("s.name", ""));
        return keys;
    }

    private static Optional<Key> primary(ServiceSearch search, String textScore) {
        boolean text = search.filters().text().isPresent();
        boolean near = search.near().isPresent();
        Key byDistance = new Key(null, "distance", "ASC NULLS LAST");
        return Optional.ofNullable(switch (search.sort()) {
            case NAME -> null;
            case DISTANCE -> byDistance;
            case RELEVANCE -> {
                if (text && near) {
                    yield new Key(textScore, Key.KEY + " / (1 + coalesce(distance, "
                            + 4 * HALF_RANK_METRES + ") / " + HALF_RANK_METRES + ".0)", "DESC");
                }
                if (text) {
                    yield Key.of(textScore, "DESC");
                }
                yield near ? byDistance : null;
            }
        });
    }
}
