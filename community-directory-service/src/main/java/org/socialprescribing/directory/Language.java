package org.socialprescribing.directory;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** HSDS language spoken at a service (ISO 639-1 code where there is one). */
@Entity
public class Language {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    public CommunityService service;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String code;

    public String note;
}
