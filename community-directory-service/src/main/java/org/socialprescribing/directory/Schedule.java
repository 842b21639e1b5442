package org.socialprescribing.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * HSDS schedule in iCalendar terms: "every Tuesday 10:00-11:30" is freq WEEKLY, byday TU; "second Monday of the
 * month" is freq MONTHLY, byday 2MO. Times are wall-clock times in Europe/London.
 */
@Entity
public class Schedule {

    @Id
    public UUID id;

    /** The service the session belongs to (always set). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public CommunityService service;

    /** Where it is held; null for sessions of the service as a whole (a phone line's hours). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_at_location_id")
    public ServiceAtLocation serviceAtLocation;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public LocalDate dtstart;

    /** WEEKLY or MONTHLY. */
    public String freq;

    @Column(name = "\"interval\"")
    public Integer interval;

    /** Comma-separated iCalendar days, each optionally preceded by the occurrence in the month: "TU", "2MO,-1FR". */
    public String byday;

    public String bymonthday;

    @Column(name = "opens_at")
    public LocalTime opensAt;

    @Column(name = "closes_at")
    public LocalTime closesAt;

    public String description;

    @Column(name = "attending_type")
    public String attendingType;

    public String notes;
}
