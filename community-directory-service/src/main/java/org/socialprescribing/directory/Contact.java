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

/** HSDS contact: who to ask about a service (a role, not necessarily a named person). */
@Entity
public class Contact {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public CommunityService service;

    public String name;

    public String title;

    public String department;

    public String email;

    @OneToMany(mappedBy = "contact")
    @OrderBy("id")
    public List<Phone> phones = new ArrayList<>();
}
