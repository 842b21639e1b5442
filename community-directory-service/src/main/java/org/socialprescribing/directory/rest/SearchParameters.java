package org.socialprescribing.directory.rest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.QueryParam;

import org.socialprescribing.directory.config.ClockProducer;
import org.socialprescribing.directory.repository.ServiceFilters;
import org.socialprescribing.directory.repository.ServiceSearch;
import org.socialprescribing.directory.service.DirectoryReadService;
import org.socialprescribing.problem.ProblemException;

/**
 * The search parameters of {@code /services} and {@code /service_at_locations}: the Open Referral UK ones and the
 * directory's documented extensions. Each bad value is a 400 naming the parameter.
 */
public class SearchParameters {

    static final Set<String> DELIVERY_MODES = Set.of("in_person", "online", "phone");
    static final Set<String> CRITERIA = Set.of("carer", "veteran", "parent", "low_income", "disabled");
    static final int MAX_PROXIMITY_METRES = 200_000;

    @QueryParam("search")
    String search;
    @QueryParam("taxonomy_term_id")
    String taxonomyTermId;
    @QueryParam("taxonomy_id")
    String taxonomyId;
    @QueryParam("minimum_age")
    String minimumAge;
    @QueryParam("maximum_age")
    String maximumAge;
    @QueryParam("organization_id")
    String organizationId;
    @QueryParam("modified_after")
    String modifiedAfter;
    @QueryParam("day")
    String day;
    @QueryParam("start_time")
    String startTime;
    @QueryParam("end_time")
    String endTime;
    @QueryParam("free")
    String free;
    @QueryParam("language")
    String language;
    @QueryParam("delivery_mode")
    String deliveryMode;
    @QueryParam("eligible_as")
    String eligibleAs;
    @QueryParam("open_now")
    String openNow;
    @QueryParam("postcode")
    String postcode;
    @QueryParam("proximity")
    String proximity;
    @QueryParam("lat")
    String lat;
    @QueryParam("lon")
    String lon;
    @QueryParam("sort")
    String sort;
    @QueryParam("prefer_fresh")
    String preferFresh;
    @QueryParam("full")
    String full;
    @QueryParam("page")
    String page;
    @QueryParam("per_page")
    String perPage;

    boolean full() {
        return QueryParameters.bool("full", full);
    }

    /** The search these parameters ask for; postcodes are looked up through the directory. */
    ServiceSearch toSearch(DirectoryReadService directory) {
        Optional<Integer> minAge = QueryParameters.age("minimum_age", minimumAge);
        Optional<Integer> maxAge = QueryParameters.age("maximum_age", maximumAge);
        if (minAge.isPresent() && maxAge.isPresent() && minAge.get() > maxAge.get()) {
            throw ProblemException.invalidParameter("maximum_age", "must not be below minimum_age");
        }
        Optional<LocalTime> start = time("start_time", startTime);
        Optional<LocalTime> end = time("end_time", endTime);
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            throw ProblemException.invalidParameter("end_time", "must be after start_time");
        }
        ServiceFilters filters = new ServiceFilters(QueryParameters.text("search", search),
                QueryParameters.uuid("taxonomy_term_id", taxonomyTermId),
                QueryParameters.uuid("taxonomy_id", taxonomyId), minAge, maxAge,
                QueryParameters.uuid("organization_id", organizationId), instant("modified_after", modifiedAfter),
                day(day), start, end, optionalBool("free", free), language(language),
                oneOf("delivery_mode", deliveryMode, DELIVERY_MODES).orElse(Set.of()),
                oneOf("eligible_as", eligibleAs, CRITERIA),
                QueryParameters.bool("open_now", openNow) ? Optional.of(directory.now()) : Optional.empty());
        var near = directory.near(QueryParameters.text("postcode", postcode), point(),
                QueryParameters.intBetween("proximity", proximity, 1, MAX_PROXIMITY_METRES));
        if (near.isEmpty() && proximity != null && !proximity.isBlank()) {
            throw ProblemException.invalidParameter("proximity", "needs a postcode, or lat and lon, to measure from");
        }
        ServiceSearch.SortOrder order = sort();
        if (order == ServiceSearch.SortOrder.DISTANCE && near.isEmpty()) {
            throw ProblemException.invalidParameter("sort", "distance needs a postcode, or lat and lon");
        }
        return directory.preferringFresh(new ServiceSearch(filters, near, order, QueryParameters.page(page),
                QueryParameters.perPage(perPage), Optional.empty()), QueryParameters.bool("prefer_fresh", preferFresh));
    }

    private Optional<double[]> point() {
        Optional<Double> latitude = decimal("lat", lat, 90);
        Optional<Double> longitude = decimal("lon", lon, 180);
        if (latitude.isPresent() != longitude.isPresent()) {
            throw ProblemException.invalidParameter(latitude.isPresent() ? "lon" : "lat",
                    "lat and lon go together: give both or neither");
        }
        return latitude.map(la -> new double[]{la, longitude.get()});
    }

    private ServiceSearch.SortOrder sort() {
        if (sort == null || sort.isBlank()) {
            return ServiceSearch.SortOrder.RELEVANCE;
        }
        try {
            return ServiceSearch.SortOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("sort", "must be relevance, distance or name");
        }
    }

    private static Optional<Double> decimal(String name, String value, double limit) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (Math.abs(parsed) <= limit) {
                return Optional.of(parsed);
            }
        } catch (NumberFormatException e) {
            // reported below, with the parameter's name
        }
        throw ProblemException.invalidParameter(name, "must be a number from -" + (int) limit + " to " + (int) limit);
    }

    private static Optional<LocalTime> time(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "must be a time as HH:MM, e.g. 17:30");
        }
    }

    private static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(text).atStartOfDay(ClockProducer.UK).toInstant());
            } catch (DateTimeParseException again) {
                throw ProblemException.invalidParameter(name,
                        "must be a date (2026-01-31) or a date and time with an offset (2026-01-31T09:00:00Z)");
            }
        }
    }

    /** A weekday as its iCalendar code: "TU" from "tu", "Tue" or "Tuesday". */
    private static Optional<String> day(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (text.length() >= 2 && day.name().startsWith(text)) {
                return Optional.of(day.name().substring(0, 2));
            }
        }
        throw ProblemException.invalidParameter("day", "must be a day of the week, e.g. TU or Tuesday");
    }

    private static Optional<Boolean> optionalBool(String name, String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(QueryParameters.bool(name, value));
    }

    private static Optional<String> language(String value) {
        Optional<String> text = QueryParameters.text("language", value);
        if (text.isPresent() && !text.get().matches("\\p{L}[\\p{L} -]{1,49}")) {
            throw ProblemException.invalidParameter("language", "must be a language code (pl) or name (Polish)");
        }
        return text;
    }

    private static Optional<Set<String>> oneOf(String name, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String v = part.strip().toLowerCase(Locale.ROOT);
            if (!allowed.contains(v)) {
                throw ProblemException.invalidParameter(name,
                        "must be one or more of " + String.join(", ", allowed.stream().sorted().toList()));
            }
            values.add(v);
        }
        return Optional.of(values);
    }
}
