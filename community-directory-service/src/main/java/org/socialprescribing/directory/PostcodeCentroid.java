package org.socialprescribing.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a postcode is (its centroid) and the local authority district it lies in. */
@Entity
@Table(name = "postcode_centroid")
public class PostcodeCentroid {

    /** Upper case without spaces: "SW1A1AA". */
    @Id
    public String postcode;

    @Column(nullable = false)
    public double latitude;

    @Column(nullable = false)
    public double longitude;

    /** ONS (GSS) code of the local authority district, e.g. E08000035. */
    @Column(name = "area_code")
    public String areaCode;

    /** Where the row came from: onspd, code-point or demo. */
    @Column(nullable = false)
    public String source;
}
