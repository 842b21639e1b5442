package org.socialprescribing.referral.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.referral.OnwardReferral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Onward referrals to community groups, and the inboxes the groups answer them from. */
@ApplicationScoped
public class OnwardReferralRepository implements PanacheRepositoryBase<OnwardReferral, UUID> {

    /** Inbox rows show the person and their needs: fetched with the onward referral, not one query a row. */
    private static final String WITH_REFERRAL = "from OnwardReferral o join fetch o.referral r join fetch r.person";

    /** Onward referrals to these organisations, newest first. */
    public List<OnwardReferral> toOrganisations(Collection<UUID> organisations, int limit) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return find(WITH_REFERRAL + " where o.organisationId in ?1", Sort.descending("o.sentAt"), organisations)
                .page(Page.ofSize(limit)).list();
    }

    /** Every onward referral, newest first (the coordinator's view). */
    public List<OnwardReferral> newest(int limit) {
        return find(WITH_REFERRAL, Sort.descending("o.sentAt")).page(Page.ofSize(limit)).list();
    }

    public List<OnwardReferral> ofReferral(UUID referralId) {
        return find("referral.id", Sort.ascending("sentAt"), referralId).list();
    }

    public boolean sent(UUID referralId, UUID serviceId) {
        return count("referral.id = ?1 and serviceId = ?2", referralId, serviceId) > 0;
    }
}
