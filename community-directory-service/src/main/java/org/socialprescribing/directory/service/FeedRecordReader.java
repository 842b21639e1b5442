package org.socialprescribing.directory.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads one HSDS 3.0 / Open Referral UK service (as {@code /services/{id}} or {@code /services?full=true} give it)
 * into a {@link FeedRecord}, checking every value against what the directory stores. Unknown optional values are
 * dropped (an unknown phone type, an unknown delivery mode); a value that would store something wrong (a name that
 * is missing, an age range the wrong way round, a session that closes before it opens) rejects the whole record
 * with the field's path.
 */
final class FeedRecordReader {

    private static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed");
    private static final Set<String> DELIVERY_MODES = Set.of("in_person", "online", "phone");
    private static final Set<String> CRITERIA = Set.of("lives_in_area", "carer", "veteran", "parent", "low_income",
            "disabled");
    private static final Set<String> REFERRAL_STATES = Set.of("open", "waiting_list", "closed");
    private static final Set<String> PHONE_TYPES = Set.of("text", "fax", "voice", "cell", "video", "pager",
            "textphone");
    private static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");
    private static final Pattern BYDAY = Pattern
            .compile("^([-+]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,[-+]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$");
    private static final Pattern ONS_AREA = Pattern.compile("[EWSN]\\d{8}");
    private static final String EMAIL_PART = "[^\\s@:/<>\"'()\\[\\]\\\\,;?&=]+";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_PART + "@" + EMAIL_PART);

    private FeedRecordReader() {
    }

    static FeedRecord read(JsonNode service) {
        String id = text(service, "id", 255, true);
        JsonNode org = service.path("organization");
        if (!org.isObject()) {
            throw new InvalidFeedRecord("organization", "The service has no organization.");
        }
        // HSDS 3.0 names it website; older ORUK feeds url.
        String website = text(org, "website", 0, false, "organization.") != null ? "website" : "url";
        FeedRecord.Org organization = new FeedRecord.Org(text(org, "id", 255, true, "organization."),
                hash(org), text(org, "name", 255, true, "organization."),
                textOr(org, "description", "organization.", ""), email(org, "email", "organization."),
                webAddress(org, website, "organization."), OrganizationIdentifiers.read(org));
        Integer minimumAge = age(service, "minimum_age");
        Integer maximumAge = age(service, "maximum_age");
        if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
            throw new InvalidFeedRecord("maximum_age", "The age range is the wrong way round.");
        }
        String status = textOr(service, "status", "", "active").toLowerCase();
        if (!STATUSES.contains(status)) {
            throw new InvalidFeedRecord("status", "Unknown status '" + status + "'.");
        }
        JsonNode capacity = service.path("service_capacity").path(0);
        Integer available = integer(capacity, "available", "service_capacity[0].", 0);
        Integer maximum = integer(capacity, "maximum", "service_capacity[0].", 1);
        if (available != null && maximum != null && available > maximum) {
            throw new InvalidFeedRecord("service_capacity[0].available", "More places available than the maximum.");
        }
        String referrals = textOr(service, "accepting_referrals", "", "open");
        FeedRecord.Fields fields = new FeedRecord.Fields(text(service, "name", 255, true),
                textOr(service, "description", "", ""), webAddress(service, "url", ""),
                email(service, "email", ""), status, firstText(service, 0, "", "fees_description", "fees"),
                minimumAge, maximumAge, text(service, "eligibility_description", 0, false, ""),
                text(service, "alert", 0, false, ""),
                known(service.path("delivery_modes"), DELIVERY_MODES, "in_person"),
                known(service.path("eligibility_criteria"), CRITERIA, null),
                REFERRAL_STATES.contains(referrals) ? referrals : "open", available, maximum,
                date(service, "assured_date", ""), instant(service, "last_modified"));
        return new FeedRecord(id, hash(withoutMomentaryFields(service)), organization, fields,
                list(service, "service_at_locations", FeedRecordReader::place),
                list(service, "schedules", FeedRecordReader::session),
                list(service, "contacts", FeedRecordReader::contact), list(service, "phones", FeedRecordReader::phone),
                list(service, "cost_options", FeedRecordReader::cost),
                list(service, "languages", FeedRecordReader::language),
                list(service, "service_areas", FeedRecordReader::area), terms(service));
    }

    private static FeedRecord.Place place(JsonNode sal, String path) {
        JsonNode l = sal.path("location");
        if (!l.isObject()) {
            throw new InvalidFeedRecord(path + ".location", "The service at location has no location.");
        }
        String at = path + ".location.";
        Double latitude = number(l, "latitude", at, -90, 90);
        Double longitude = number(l, "longitude", at, -180, 180);
        if ((latitude == null) != (longitude == null)) {
            throw new InvalidFeedRecord(at + "longitude", "latitude and longitude go together.");
        }
        String type = textOr(l, "location_type", at, "physical");
        FeedRecord.Location location = new FeedRecord.Location(text(l, "id", 255, true, at), hash(l),
                LOCATION_TYPES.contains(type) ? type : "physical", text(l, "name", 255, false, at),
                text(l, "description", 0, false, at), text(l, "transportation", 0, false, at), latitude, longitude,
                list(l, "addresses", FeedRecordReader::address, at),
                list(l, "accessibility", FeedRecordReader::accessibility, at),
                list(l, "phones", FeedRecordReader::phone, at));
        return new FeedRecord.Place(text(sal, "description", 0, false, path + "."), location,
                list(sal, "schedules", FeedRecordReader::session, path + "."));
    }

    private static FeedRecord.Address address(JsonNode a, String path) {
        String at = path + ".";
        String type = textOr(a, "address_type", at, "physical");
        String country = textOr(a, "country", at, "GB").toUpperCase();
        if (country.length() != 2) {
            throw new InvalidFeedRecord(at + "country", "The country must be a two-letter code.");
        }
        String postcode = text(a, "postal_code", 10, true, at);
        return new FeedRecord.Address(text(a, "attention", 255, false, at), text(a, "address_1", 255, true, at),
                text(a, "address_2", 255, false, at), text(a, "city", 100, true, at), text(a, "region", 100, false, at),
                nonNull(text(a, "state_province", 100, false, at)),
                Postcode.parse(postcode).map(Postcode::display).orElse(postcode),
                country, LOCATION_TYPES.contains(type) ? type : "physical");
    }

    private static FeedRecord.Accessibility accessibility(JsonNode a, String path) {
        String at = path + ".";
        return new FeedRecord.Accessibility(text(a, "description", 0, false, at), text(a, "details", 0, false, at),
                webAddress(a, "url", at));
    }

    private static FeedRecord.Session session(JsonNode s, String path) {
        String at = path + ".";
        String freq = text(s, "freq", 10, false, at);
        if (freq != null && !freq.equals("WEEKLY") && !freq.equals("MONTHLY")) {
            throw new InvalidFeedRecord(at + "freq", "Only WEEKLY and MONTHLY sessions are supported.");
        }
        String byday = text(s, "byday", 100, false, at);
        if (byday != null && !BYDAY.matcher(byday).matches()) {
            throw new InvalidFeedRecord(at + "byday", "byday must be iCalendar days such as MO,WE or 2TU.");
        }
        Integer interval = integer(s, "interval", at, 1);
        LocalTime opens = time(s, "opens_at", at);
        LocalTime closes = time(s, "closes_at", at);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            throw new InvalidFeedRecord(at + "closes_at", "A session must close after it opens.");
        }
        LocalDate from = date(s, "valid_from", at);
        LocalDate to = date(s, "valid_to", at);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFeedRecord(at + "valid_to", "valid_to is before valid_from.");
        }
        return new FeedRecord.Session(from, to, date(s, "dtstart", at), freq, interval, byday,
                text(s, "bymonthday", 100, false, at), opens, closes, text(s, "description", 0, false, at),
                text(s, "attending_type", 50, false, at), text(s, "notes", 0, false, at));
    }

    private static FeedRecord.Contact contact(JsonNode c, String path) {
        String at = path + ".";
        return new FeedRecord.Contact(text(c, "name", 255, false, at), text(c, "title", 255, false, at),
                text(c, "department", 255, false, at), email(c, "email", at),
                list(c, "phones", FeedRecordReader::phone, at));
    }

    private static FeedRecord.Phone phone(JsonNode p, String path) {
        String at = path + ".";
        String type = text(p, "type", 0, false, at);
        return new FeedRecord.Phone(text(p, "number", 30, true, at), text(p, "extension", 10, false, at),
                type != null && PHONE_TYPES.contains(type) ? type : null, text(p, "description", 0, false, at));
    }

    private static FeedRecord.Cost cost(JsonNode c, String path) {
        String at = path + ".";
        BigDecimal amount = null;
        JsonNode a = c.path("amount");
        if (!a.isMissingNode() && !a.isNull()) {
            if (!a.isNumber() || a.decimalValue().signum() < 0
                    || a.decimalValue().compareTo(BigDecimal.valueOf(1e8)) >= 0) {
                throw new InvalidFeedRecord(at + "amount", "The amount must be a number from 0.");
            }
            amount = a.decimalValue();
        }
        String currency = textOr(c, "currency", at, "GBP");
        if (currency.length() != 3) {
            throw new InvalidFeedRecord(at + "currency", "The currency must be a three-letter code.");
        }
        return new FeedRecord.Cost(date(c, "valid_from", at), date(c, "valid_to", at),
                text(c, "option", 255, false, at),
                amount, currency, text(c, "amount_description", 0, false, at));
    }

    private static FeedRecord.Language language(JsonNode l, String path) {
        String at = path + ".";
        return new FeedRecord.Language(text(l, "name", 100, true, at), text(l, "code", 10, true, at),
                text(l, "note", 0, false, at));
    }

    private static FeedRecord.Area area(JsonNode a, String path) {
        String at = path + ".";
        String uri = webAddress(a, "uri", at);
        String code = text(a, "area_code", 9, false, at);
        if (code == null && uri != null) {
            String last = uri.substring(uri.lastIndexOf('/') + 1);
            code = ONS_AREA.matcher(last).matches() ? last : null;
        }
        return new FeedRecord.Area(text(a, "name", 255, true, at), text(a, "description", 0, false, at),
                text(a, "extent", 0, false, at), text(a, "extent_type", 20, false, at), uri, code);
    }

    /** HSDS 3.0 links a service to its categories through attributes (and some feeds list taxonomy_terms). */
    private static List<FeedRecord.TermRef> terms(JsonNode service) {
        List<FeedRecord.TermRef> terms = new ArrayList<>();
        for (JsonNode attribute : service.path("attributes")) {
            JsonNode term = attribute.path("taxonomy_term");
            String id = attribute.path("taxonomy_term_id").asText(term.path("id").asText(null));
            terms.add(new FeedRecord.TermRef(id, term.path("code").asText(null), term.path("name").asText(null)));
        }
        for (JsonNode term : service.path("taxonomy_terms")) {
            terms.add(new FeedRecord.TermRef(term.path("id").asText(null), term.path("code").asText(null),
                    term.path("name").asText(null)));
        }
        return terms;
    }

    private static <T> List<T> list(JsonNode parent, String field, BiFunction<JsonNode, String, T> reader) {
        return list(parent, field, reader, "");
    }

    private static <T> List<T> list(JsonNode parent, String field, BiFunction<JsonNode, String, T> reader,
            String at) {
        JsonNode items = parent.path(field);
        if (items.isMissingNode() || items.isNull()) {
            return List.of();
        }
        if (!items.isArray()) {
            throw new InvalidFeedRecord(at + field, "Expected a list.");
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isObject()) {
                throw new InvalidFeedRecord(at + field + "[" + i + "]", "Expected an object.");
            }
            result.add(reader.apply(items.get(i), at + field + "[" + i + "]"));
        }
        return result;
    }

    private static String[] known(JsonNode values, Set<String> allowed, String fallback) {
        List<String> kept = new ArrayList<>();
        for (JsonNode value : values) {
            if (allowed.contains(value.asText()) && !kept.contains(value.asText())) {
                kept.add(value.asText());
            }
        }
        if (kept.isEmpty() && fallback != null) {
            kept.add(fallback);
        }
        return kept.stream().sorted().toArray(String[]::new);
    }

    private static String text(JsonNode node, String field, int max, boolean required) {
        return text(node, field, max, required, "");
    }

    /** A string field: blank counts as absent; {@code max} 0 means unbounded. */
    private static String text(JsonNode node, String field, int max, boolean required, String at) {
        JsonNode value = node.path(field);
        String text = value.isValueNode() && !value.isNull() ? value.asText().strip() : null;
        if (text == null || text.isEmpty()) {
            if (required) {
                throw new InvalidFeedRecord(at + field, "Missing.");
            }
            return null;
        }
        if (max > 0 && text.length() > max) {
            throw new InvalidFeedRecord(at + field, "Longer than " + max + " characters.");
        }
        if (text.indexOf('\u0000') >= 0) {
            // PostgreSQL cannot store it in text: caught here, the record is reported instead of failing its page.
            throw new InvalidFeedRecord(at + field, "Contains a NUL character.");
        }
        return text;
    }

    /**
     * A web address the portal or the ORUK API's users may turn into a link: http(s) only, by the rule editors'
     * requests follow ({@link WebAddress}); a {@code javascript:} address rejects the record.
     */
    private static String webAddress(JsonNode node, String field, String at) {
        String text = text(node, field, 500, false, at);
        if (text != null && !WebAddress.isWebAddress(text)) {
            throw new InvalidFeedRecord(at + field, "Not a web address (it must start with http:// or https://).");
        }
        return text;
    }

    /** An e-mail address (the portal links it as mailto:): one @, no spaces, no scheme or markup characters. */
    private static String email(JsonNode node, String field, String at) {
        String text = text(node, field, 255, false, at);
        if (text != null && !EMAIL.matcher(text).matches()) {
            throw new InvalidFeedRecord(at + field, "Not an e-mail address.");
        }
        return text;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String textOr(JsonNode node, String field, String at, String fallback) {
        String text = text(node, field, 0, false, at);
        return text == null ? fallback : text;
    }

    private static String firstText(JsonNode node, int max, String at, String... fields) {
        for (String field : fields) {
            String text = text(node, field, max, false, at);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static Integer age(JsonNode node, String field) {
        return integer(node, field, "", 0);
    }

    private static Integer integer(JsonNode node, String field, String at, int minimum) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < minimum) {
            throw new InvalidFeedRecord(at + field, "Must be a whole number from " + minimum + ".");
        }
        return value.asInt();
    }

    private static Double number(JsonNode node, String field, String at, double min, double max) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
            throw new InvalidFeedRecord(at + field, "Must be a number from " + min + " to " + max + ".");
        }
        return value.asDouble();
    }

    private static LocalDate date(JsonNode node, String field, String at) {
        String text = text(node, field, 0, false, at);
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidFeedRecord(at + field, "Not a date (YYYY-MM-DD).");
        }
    }

    private static LocalTime time(JsonNode node, String field, String at) {
        String text = text(node, field, 0, false, at);
        try {
            // HSDS times may carry seconds or a zone ("10:00:00Z"); UK feeds give local wall-clock times.
            return text == null ? null : LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidFeedRecord(at + field, "Not a time (HH:MM).");
        }
    }

    private static Instant instant(JsonNode node, String field) {
        String text = text(node, field, 0, false, "");
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw new InvalidFeedRecord(field, "Not a date and time (ISO 8601).");
            }
        }
    }

    /** The record without what changes by the day (the next session, a distance), so unchanged stays unchanged. */
    private static JsonNode withoutMomentaryFields(JsonNode service) {
        if (!service.has("next_session") && !service.has("distance")) {
            return service;
        }
        ObjectNode copy = service.deepCopy();
        copy.remove(List.of("next_session", "distance"));
        return copy;
    }

    static String hash(JsonNode node) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(node.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
