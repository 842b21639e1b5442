package org.socialprescribing.portal;

import java.util.HashMap;
import java.util.Map;

import org.socialprescribing.localstack.LocalStack;
import org.socialprescribing.testsupport.LocalStackTestResource;

/** The portal under test signs in against the real Keycloak with the local realm's client secret. */
public class PortalTestResource extends LocalStackTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.credentials.secret", LocalStack.LOCAL_PORTAL_CLIENT_SECRET);
        return config;
    }
}
