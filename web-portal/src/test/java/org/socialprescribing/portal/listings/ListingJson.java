package org.socialprescribing.portal.listings;

import java.util.UUID;

/** The directory's listing answers as it writes them (snake_case, as ListingView), for the stand-in to give. */
final class ListingJson {

    static final String ORGANISATION = "11111111-1111-4111-8111-111111111111";
    static final String NASTY = "<script>alert(1)</script>";

    private ListingJson() {
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** One listing as GET /listings/{id} and PUT /listings/{id} answer it. */
    static String listing(String id, String name, String description, int version, String originFeedId) {
        return """
                {"id":"%s","organization_id":"%s","organization_name":"Riverside Walkers","name":%s,
                 "description":%s,"url":"https://walks.example","email":"hello@walks.example","status":"active",
                 "fees":"Free","minimum_age":null,"maximum_age":65,"eligibility_description":"Parents and carers",
                 "alert":null,"delivery_modes":["in_person","online"],"eligibility_criteria":["parent"],
                 "accepting_referrals":"waiting_list","capacity_available":5,"capacity_maximum":12,
                 "taxonomy_term_ids":["7b0e5a55-0000-4000-8000-000000000001"],"assured_date":"2025-06-03",
                 "stale":false,"last_modified":"2025-06-03T10:00:00Z","version":%d,"origin_feed_id":%s}
                """.formatted(id, ORGANISATION, quoted(name), quoted(description), version,
                originFeedId == null ? "null" : quoted(originFeedId));
    }

    static String listing(String id, String name, int version) {
        return listing(id, name, "Pram-friendly walks.", version, null);
    }

    /** A row of GET /listings (the dashboard), or POST /listings/{id}/review's answer. */
    static String summary(String id, String name, String status, String accepting, String assuredDate,
            boolean stale) {
        return """
                {"id":"%s","organization_id":"%s","organization_name":"Riverside Walkers","name":%s,"status":%s,
                 "accepting_referrals":%s,"assured_date":%s,"stale":%s,"version":4,"origin_feed_id":null}
                """.formatted(id, ORGANISATION, quoted(name), quoted(status), quoted(accepting),
                assuredDate == null ? "null" : quoted(assuredDate), stale);
    }

    /** A problem+json answer, with violations as field/message pairs. */
    static String problem(int status, String detail, String... violations) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < violations.length; i += 2) {
            list.append(i == 0 ? "" : ",").append("{\"field\":").append(quoted(violations[i]))
                    .append(",\"message\":").append(quoted(violations[i + 1])).append('}');
        }
        return "{\"type\":\"about:blank\",\"title\":\"Problem\",\"status\":" + status + ",\"detail\":"
                + (detail == null ? "null" : quoted(detail)) + ",\"violations\":[" + list + "]}";
    }

    static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
