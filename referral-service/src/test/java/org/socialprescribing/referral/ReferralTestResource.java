package org.socialprescribing.referral;

import java.util.Map;

import org.socialprescribing.testsupport.LocalStackTestResource;

/** This service's tests run on their own database on the real embedded PostgreSQL, with the real Keycloak. */
public class ReferralTestResource extends LocalStackTestResource {

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", "referral"));
    }
}
