package org.socialprescribing.directory;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A term of a taxonomy; terms form a hierarchy through their parent. */
@Entity
@Table(name = "taxonomy_term")
public class TaxonomyTerm {

    @Id
    public UUID id;

    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @Column(name = "parent_id")
    public UUID parentId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "taxonomy_id")
    public Taxonomy taxonomy;

    public String language;

    @Column(name = "term_uri")
    public String termUri;
}
