package org.socialprescribing.directory.repository;

import java.sql.PreparedStatement;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;
import org.socialprescribing.directory.PostcodeCentroid;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Postcode centroids loaded from the ONS Postcode Directory or Code-Point Open (or the demo area's own). */
@ApplicationScoped
public class PostcodeCentroidRepository implements PanacheRepositoryBase<PostcodeCentroid, String> {

    /** Inserts or replaces these centroids in one JDBC batch (imports run to millions of rows). */
    public void upsert(List<PostcodeCentroid> centroids) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO postcode_centroid (postcode, latitude, longitude, area_code, source)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (postcode) DO UPDATE SET latitude = excluded.latitude,
                        longitude = excluded.longitude, area_code = excluded.area_code, source = excluded.source""")) {
                for (PostcodeCentroid c : centroids) {
                    insert.setString(1, c.postcode);
                    insert.setDouble(2, c.latitude);
                    insert.setDouble(3, c.longitude);
                    insert.setString(4, c.areaCode);
                    insert.setString(5, c.source);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
