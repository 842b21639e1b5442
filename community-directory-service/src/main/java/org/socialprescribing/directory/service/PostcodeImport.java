package org.socialprescribing.directory.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.directory.PostcodeCentroid;
import org.socialprescribing.directory.repository.PostcodeCentroidRepository;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

/**
 * Loads postcode centroids from the open ONS Postcode Directory (CSV with a header: pcds, lat, long, oslaua or
 * ladNNcd, doterm) or Code-Point Open (CSV without a header: postcode, quality, eastings, northings, ..., admin
 * district code in the ninth column). Terminated postcodes and rows without a position are skipped and counted;
 * rows are written in batches, each batch in its own transaction, so a large file neither holds one huge transaction
 * nor loses the batches already done if it stops part way.
 */
@ApplicationScoped
public class PostcodeImport {

    /** What an import did. */
    public record Report(String format, long imported, long skipped, Map<String, Long> skippedBecause) {
    }

    static final int BATCH = 2_000;

    private final PostcodeCentroidRepository centroids;

    public PostcodeImport(PostcodeCentroidRepository centroids) {
        this.centroids = centroids;
    }

    public Report load(BufferedReader csv) {
        try {
            String first = csv.readLine();
            if (first == null) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED, "The file is empty.");
            }
            List<String> header = split(first.toLowerCase(Locale.ROOT));
            RowReader reader = header.contains("pcds") || header.contains("pcd") ? onspd(header) : codePoint();
            Map<String, Long> skipped = new TreeMap<>();
            List<PostcodeCentroid> batch = new ArrayList<>(BATCH);
            long imported = 0;
            String line = reader.isCodePoint() ? first : csv.readLine();
            for (; line != null; line = csv.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                RowResult row = reader.read(split(line));
                if (row.reason() != null) {
                    skipped.merge(row.reason(), 1L, Long::sum);
                    continue;
                }
                batch.add(row.centroid());
                if (batch.size() == BATCH) {
                    imported += write(batch);
                }
            }
            imported += write(batch);
            if (imported == 0 && skipped.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED, "The file has no rows.");
            }
            return new Report(reader.isCodePoint() ? "code-point-open" : "onspd", imported,
                    skipped.values().stream().mapToLong(Long::longValue).sum(), skipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int write(List<PostcodeCentroid> batch) {
        int size = batch.size();
        if (size > 0) {
            centroids.upsert(batch);
            batch.clear();
        }
        return size;
    }

    private record RowResult(PostcodeCentroid centroid, String reason) {
    }

    private interface RowReader {
        RowResult read(List<String> columns);

        default boolean isCodePoint() {
            return false;
        }
    }

    private static RowReader onspd(List<String> header) {
        int postcode = header.contains("pcds") ? header.indexOf("pcds") : header.indexOf("pcd");
        int lat = header.indexOf("lat");
        int lon = header.indexOf("long");
        int terminated = header.indexOf("doterm");
        int district = header.indexOf("oslaua");
        for (int i = 0; district < 0 && i < header.size(); i++) {
            if (header.get(i).matches("lad\\d\\dcd")) {
                district = i;
            }
        }
        if (lat < 0 || lon < 0) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "An ONS Postcode Directory file needs lat and long columns.");
        }
        int districtColumn = district;
        return columns -> {
            if (terminated >= 0 && terminated < columns.size() && !columns.get(terminated).isBlank()) {
                return new RowResult(null, "terminated postcode");
            }
            Optional<Postcode> parsed = Postcode.parse(at(columns, postcode));
            if (parsed.isEmpty()) {
                return new RowResult(null, "not a postcode");
            }
            try {
                double latitude = Double.parseDouble(at(columns, lat));
                double longitude = Double.parseDouble(at(columns, lon));
                if (latitude > 90 || latitude < 40) { // ONSPD writes 99.999999 for "no grid reference"
                    return new RowResult(null, "no position");
                }
                return new RowResult(centroid(parsed.get(), latitude, longitude, at(columns, districtColumn),
                        "onspd"), null);
            } catch (NumberFormatException e) {
                return new RowResult(null, "no position");
            }
        };
    }

    private static RowReader codePoint() {
        return new RowReader() {
            @Override
            public RowResult read(List<String> columns) {
                if (columns.size() < 4) {
                    throw new ProblemException(ProblemType.VALIDATION_FAILED, "Not an ONS Postcode Directory file"
                            + " (no pcds column) nor Code-Point Open (postcode, quality, eastings, northings, ...).");
                }
                Optional<Postcode> parsed = Postcode.parse(columns.get(0));
                if (parsed.isEmpty()) {
                    return new RowResult(null, "not a postcode");
                }
                try {
                    double easting = Double.parseDouble(columns.get(2));
                    double northing = Double.parseDouble(columns.get(3));
                    if (easting <= 0 && northing <= 0) {
                        return new RowResult(null, "no position");
                    }
                    double[] wgs84 = BritishNationalGrid.toWgs84(easting, northing);
                    return new RowResult(centroid(parsed.get(), wgs84[0], wgs84[1], at(columns, 8), "code-point"),
                            null);
                } catch (NumberFormatException e) {
                    return new RowResult(null, "no position");
                }
            }

            @Override
            public boolean isCodePoint() {
                return true;
            }
        };
    }

    private static PostcodeCentroid centroid(Postcode postcode, double latitude, double longitude, String district,
            String source) {
        PostcodeCentroid c = new PostcodeCentroid();
        c.postcode = postcode.key();
        c.latitude = latitude;
        c.longitude = longitude;
        c.areaCode = district == null || district.isBlank() || district.length() > 9 ? null : district;
        c.source = source;
        return c;
    }

    private static String at(List<String> columns, int index) {
        return index >= 0 && index < columns.size() ? columns.get(index) : null;
    }

    /** Splits a CSV line; both files quote some fields and never put commas inside them. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        for (String part : line.split(",", -1)) {
            out.add(part.strip().replace("\"", ""));
        }
        return out;
    }
}
