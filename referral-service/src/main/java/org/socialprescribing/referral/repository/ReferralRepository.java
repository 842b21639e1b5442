package org.socialprescribing.referral.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.referral.Referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt").and("id");

    public List<Referral> listReferredBy(String subject, int limit) {
        return find("referredBy", NEWEST_FIRST, subject).page(Page.ofSize(limit)).list();
    }

    public List<Referral> listOpen(int limit) {
        return find("status in ?1", NEWEST_FIRST, List.of(Referral.Status.SUBMITTED, Referral.Status.ACCEPTED))
                .page(Page.ofSize(limit)).list();
    }
}
