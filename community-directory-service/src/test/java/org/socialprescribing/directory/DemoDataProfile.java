package org.socialprescribing.directory;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service as ./suite up runs it: demo directory loaded at start. Test classes with this profile share one app. */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("demo-data.enabled", "true");
    }
}
