package org.socialprescribing.referral.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;
import org.socialprescribing.referral.Consent;
import org.socialprescribing.referral.OnwardReferral;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.ReferralEvent.ActorKind;
import org.socialprescribing.referral.repository.ConsentRepository;
import org.socialprescribing.referral.repository.OnwardReferralRepository;
import org.socialprescribing.referral.repository.ReferralEventRepository;
import org.socialprescribing.referral.repository.ReferralRepository;
import org.socialprescribing.referral.workflow.ClosingReason;
import org.socialprescribing.referral.workflow.OnwardState;
import org.socialprescribing.referral.workflow.ReferralMove;
import org.socialprescribing.referral.workflow.ReferralState;
import org.socialprescribing.referral.workflow.ReferralStateMachine;

/**
 * The person's own controls over their referral: withdraw it (closed withdrawn, and every onward referral still
 * open withdrawn with it), revoke consent to share with one group (its onward referrals withdrawn: the group then
 * sees only that), and what they agreed to. Only the person may withdraw or revoke (OnwardAccess).
 */
@ApplicationScoped
@Transactional
public class PersonControls {

    private final ReferralRepository referrals;
    private final ConsentRepository consents;
    private final OnwardReferralRepository onward;
    private final ReferralEventRepository events;
    private final Clock clock;

    public PersonControls(ReferralRepository referrals, ConsentRepository consents, OnwardReferralRepository onward,
            ReferralEventRepository events, Clock clock) {
        this.referrals = referrals;
        this.consents = consents;
        this.onward = onward;
        this.events = events;
        this.clock = clock;
    }

    public Referral withdraw(Caller caller, UUID id) {
        Referral referral = find(id);
        ReferralState from = referral.state;
        ReferralState to = ReferralStateMachine.next(from, new ReferralMove.Close(ClosingReason.WITHDRAWN))
                .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT,
                        "A referral that is " + from.name().toLowerCase(java.util.Locale.ROOT)
                                + " cannot be withdrawn"));
        Instant now = clock.instant();
        referral.state = to;
        referral.closingReason = ClosingReason.WITHDRAWN;
        referral.closedAt = now;
        OnwardEvents.record(events, referral, caller.subject(), ActorKind.PERSON, now, "withdrawn", from, to, null);
        onward.ofReferral(id).forEach(sent -> withdraw(caller, referral, sent, now));
        return referral;
    }

    public Consent revoke(Caller caller, UUID id, UUID consentId) {
        Referral referral = find(id);
        Consent consent = consents.findByIdOptional(consentId).filter(c -> id.equals(c.referralId))
                .orElseThrow(() -> ProblemException.notFound("Consent", consentId));
        if (consent.purpose != Consent.Purpose.SHARE) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Consent to be contacted stands while the referral is open: withdraw the referral instead");
        }
        if (consent.revokedAt != null) {
            throw new ProblemException(ProblemType.CONFLICT, "This consent was already revoked");
        }
        Instant now = clock.instant();
        consent.revokedAt = now;
        OnwardEvents.record(events, referral, caller.subject(), ActorKind.PERSON, now, "consent_revoked", null, null,
                null);
        onward.ofReferral(id).stream().filter(sent -> sent.organisationId.equals(consent.organisationId))
                .forEach(sent -> withdraw(caller, referral, sent, now));
        return consent;
    }

    /** What the person agreed to on this referral, in which wording, when, and what they revoked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Consent> consents(UUID id) {
        find(id);
        return consents.ofReferral(id);
    }

    /** An onward referral still open is withdrawn; one the group already closed keeps its outcome. */
    private void withdraw(Caller caller, Referral referral, OnwardReferral sent, Instant now) {
        sent.state.after(OnwardState.Answer.WITHDRAW).ifPresent(to -> {
            sent.state = to;
            OnwardEvents.record(events, referral, caller.subject(), ActorKind.PERSON, now, "onward_withdrawn", null,
                    null, null);
        });
    }

    private Referral find(UUID id) {
        return referrals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Referral", id));
    }
}
