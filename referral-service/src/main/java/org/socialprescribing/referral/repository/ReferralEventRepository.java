package org.socialprescribing.referral.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.referral.ReferralEvent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReferralEventRepository implements PanacheRepositoryBase<ReferralEvent, UUID> {

    /** A referral's timeline, oldest first. */
    public List<ReferralEvent> timeline(UUID referralId) {
        return find("referralId", Sort.ascending("at"), referralId).list();
    }
}
