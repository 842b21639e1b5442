package org.socialprescribing.portal.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Which of the directory's taxonomies residents browse by on the search page. */
@ConfigMapping(prefix = "portal.categories")
public interface CategoriesConfig {

    /**
     * The taxonomy whose top-level terms the search page offers (a council's own list, or Open Eligibility's);
     * unset offers the top-level terms of every taxonomy.
     */
    Optional<String> taxonomyId();
}
