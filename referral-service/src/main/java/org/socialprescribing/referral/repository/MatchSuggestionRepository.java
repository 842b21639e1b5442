package org.socialprescribing.referral.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.referral.MatchSuggestion;
import org.socialprescribing.referral.Referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MatchSuggestionRepository implements PanacheRepositoryBase<MatchSuggestion, UUID> {

    public List<MatchSuggestion> ofReferral(UUID referralId) {
        return find("referralId", Sort.ascending("rank"), referralId).list();
    }

    public void replace(UUID referralId, List<MatchSuggestion> suggestions) {
        delete("referralId", referralId);
        getEntityManager().flush();
        suggestions.forEach(this::persist);
    }

    /** Referrals whose matching waits for the directory, oldest first. */
    public List<UUID> pending(int limit) {
        return getEntityManager()
                .createQuery("select r.id from Referral r where r.matching = :pending order by r.receivedAt",
                        UUID.class)
                .setParameter("pending", Referral.Matching.PENDING).setMaxResults(limit).getResultList();
    }
}
