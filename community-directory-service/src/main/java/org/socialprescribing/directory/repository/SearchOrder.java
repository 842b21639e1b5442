package org.socialprescribing.directory.repository;

/** The ORDER BY of a public search, ties broken by name and id so that paging is stable. */
final class SearchOrder {

    /** How far away a match may be before its text rank halves: five kilometres. */
    private static final int HALF_RANK_METRES = 5_000;

    private SearchOrder() {
    }

    static String of(ServiceSearch search, String distance) {
        String order = withoutFreshness(search, distance);
        // Fresh first: a listing overdue for review sorts after every fresh one, keeping its order among its kind.
        return search.freshSince().isPresent()
                ? "(s.assured_date IS NOT NULL AND s.assured_date >= cast(:freshSince as date)) DESC, " + order
                : order;
    }

    private static String withoutFreshness(ServiceSearch search, String distance) {
        boolean text = search.filters().text().isPresent();
        boolean near = search.near().isPresent();
        String tieBreak = "s.name, 1";
        return switch (search.sort()) {
            case NAME -> tieBreak;
            case DISTANCE -> distance + " ASC NULLS LAST, " + tieBreak;
            case RELEVANCE -> {
                if (text && near) {
                    yield SearchSql.TEXT_SCORE + " / (1 + coalesce(" + distance + ", " + 4 * HALF_RANK_METRES
                            + ") / " + HALF_RANK_METRES + ".0) DESC, " + tieBreak;
                }
                if (text) {
                    yield SearchSql.TEXT_SCORE + " DESC, " + tieBreak;
                }
                yield near ? distance + " ASC NULLS LAST, " + tieBreak : tieBreak;
            }
        };
    }
}
