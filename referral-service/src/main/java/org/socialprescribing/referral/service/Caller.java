package org.socialprescribing.referral.service;

import java.util.Set;

import org.socialprescribing.referral.ReferralEvent.ActorKind;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking, as far as the referral rules care: their Keycloak subject and their roles. */
public record Caller(String subject, Set<String> roles) {

    public static Caller of(SecurityIdentity identity, String subject) {
        return new Caller(subject, Set.copyOf(identity.getRoles()));
    }

    public boolean resident() {
        return roles.contains("resident");
    }

    public boolean linkWorker() {
        return roles.contains("link-worker");
    }

    public boolean coordinator() {
        return roles.contains("coordinator");
    }

    /** Link workers and coordinators work referrals; a resident only refers themselves. */
    public boolean staff() {
        return linkWorker() || coordinator();
    }

    /** How the timeline names them. */
    public ActorKind actorKind() {
        return coordinator() ? ActorKind.COORDINATOR : linkWorker() ? ActorKind.LINK_WORKER : ActorKind.PERSON;
    }
}
