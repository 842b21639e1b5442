package org.socialprescribing.directory;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An HSDS taxonomy: a named, versioned vocabulary of terms (categories, needs, circumstances). */
@Entity
public class Taxonomy {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    public String uri;

    public String version;
}
