package org.socialprescribing.directory;

import java.util.Map;

import org.socialprescribing.localstack.SuiteService;
import org.socialprescribing.testsupport.LocalStackTestResource;

/** This service's tests run on their own database on the real embedded PostgreSQL, with the real Keycloak. */
public class DirectoryTestResource extends LocalStackTestResource {

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", "directory", "extensions",
                String.join(",", SuiteService.DIRECTORY_EXTENSIONS)));
    }
}
