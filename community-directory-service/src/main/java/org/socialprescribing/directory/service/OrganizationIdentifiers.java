package org.socialprescribing.directory.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads an HSDS 3.0 organisation's {@code organization_identifiers} into the registered numbers the directory matches
 * organisations on. A scheme is taken from {@code identifier_scheme} when it is an org-id.guide code, else from the
 * words of {@code identifier_scheme} or {@code identifier_type} ("Charity Commission", "Company number"); any other
 * identifier (a local council's reference, a VAT number) is left out, as is one without a value: it is not an error,
 * only nothing to match on.
 */
final class OrganizationIdentifiers {

    static final Set<String> SCHEMES = Set.of("GB-CHC", "GB-SC", "GB-NIC", "GB-COH");

    private OrganizationIdentifiers() {
    }

    static List<FeedRecord.Identifier> read(JsonNode organization) {
        List<FeedRecord.Identifier> identifiers = new ArrayList<>();
        for (JsonNode item : organization.path("organization_identifiers")) {
            String scheme = scheme(item.path("identifier_scheme").asText(""), item.path("identifier_type").asText(""));
            // Registered numbers are written with and without spaces and leading letters in either case.
            String value = item.path("identifier").asText("").replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            if (scheme == null || value.isEmpty()) {
                continue;
            }
            if (value.length() > 50) {
                throw new InvalidFeedRecord("organization.organization_identifiers.identifier",
                        "Longer than 50 characters.");
            }
            FeedRecord.Identifier identifier = new FeedRecord.Identifier(scheme, value);
            if (!identifiers.contains(identifier)) {
                identifiers.add(identifier);
            }
        }
        return identifiers;
    }

    private static String scheme(String scheme, String type) {
        String code = scheme.strip().toUpperCase(Locale.ROOT);
        if (SCHEMES.contains(code)) {
            return code;
        }
        String words = (scheme + " " + type).toLowerCase(Locale.ROOT);
        if (words.contains("companies house") || words.contains("company")) {
            return "GB-COH";
        }
        if (words.contains("scottish charity") || words.contains("oscr")) {
            return "GB-SC";
        }
        if (words.contains("northern ireland")) {
            return "GB-NIC";
        }
        if (words.contains("charity")) {
            return "GB-CHC";
        }
        return null;
    }
}
