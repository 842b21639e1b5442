package org.socialprescribing.directory;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** HSDS service_at_location: a service offered at one location. Its sessions are among its service's. */
@Entity
@Table(name = "service_at_location")
public class ServiceAtLocation {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public CommunityService service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    public Location location;

    public String description;

    /**
     * The sessions held here, in id order, from the service's sessions: pages of results load those anyway (for the
     * next session), so no statement of its own reads them.
     */
    public List<Schedule> sessionsHere() {
        return service.schedules.stream()
                .filter(session -> session.serviceAtLocation != null && session.serviceAtLocation.id.equals(id))
                .toList();
    }

    /** What someone coming here can attend: the sessions held here and the service's sessions held anywhere. */
    public List<Schedule> sessionsToAttend() {
        return service.schedules.stream()
                .filter(session -> session.serviceAtLocation == null || session.serviceAtLocation.id.equals(id))
                .toList();
    }
}
