package org.socialprescribing.directory.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.socialprescribing.directory.service.TaxonomyService;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A taxonomy term as a coordinator sends it (HSDS field names). */
public record TermRequest(@Size(max = 100) String code, @NotBlank @Size(max = 255) String name,
        @Size(max = 2000) String description, @JsonProperty("parent_id") UUID parentId,
        @JsonProperty("taxonomy_id") UUID taxonomyId,
        @JsonProperty("term_uri") @Pattern(regexp = "https?://\\S+", message = "must be a web address starting with http:// or https://") @Size(max = 500) String termUri) {

    TaxonomyService.TermDetails details() {
        return new TaxonomyService.TermDetails(code, name, description, parentId, taxonomyId, termUri);
    }
}
