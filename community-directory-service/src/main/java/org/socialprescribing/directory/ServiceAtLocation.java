package org.socialprescribing.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** HSDS service_at_location: a service offered at one location, with the sessions held there. */
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

    @OneToMany(mappedBy = "serviceAtLocation")
    @OrderBy("id")
    public List<Schedule> schedules = new ArrayList<>();

    /**
     * The sessions held here, from the service's sessions: pages of results load those anyway (for the next session),
     * so reading them here saves a statement per page over {@link #schedules}. In id order, as {@link #schedules}.
     */
    public List<Schedule> sessionsHere() {
        return service.schedules.stream()
                .filter(session -> session.serviceAtLocation != null && session.serviceAtLocation.id.equals(id))
                .toList();
    }
}
