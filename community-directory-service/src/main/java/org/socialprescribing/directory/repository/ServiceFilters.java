package org.socialprescribing.directory.repository;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The filters a public search may combine; every one is optional. Ages describe the person: a service matches when
 * its age range overlaps {@code minimumAge..maximumAge}. Day and times match one session: "Tuesday after 17:00" needs
 * a Tuesday session still running after 17:00. {@code eligibleAs} lists what the person is (carer, veteran...): when
 * given, services that require anything else are left out.
 */
public record ServiceFilters(Optional<String> text, Optional<UUID> taxonomyTermId, Optional<UUID> taxonomyId,
        Optional<Integer> minimumAge, Optional<Integer> maximumAge, Optional<UUID> organizationId,
        Optional<Instant> modifiedAfter, Optional<String> day, Optional<LocalTime> startTime,
        Optional<LocalTime> endTime, Optional<Boolean> free, Optional<String> language,
        Set<String> deliveryModes, Optional<Set<String>> eligibleAs, Optional<SessionMoment> openAt) {

    /** The same filters with other search words. */
    public ServiceFilters withText(String otherText) {
        return new ServiceFilters(Optional.of(otherText), taxonomyTermId, taxonomyId, minimumAge, maximumAge,
                organizationId, modifiedAfter, day, startTime, endTime, free, language, deliveryModes, eligibleAs,
                openAt);
    }
}
