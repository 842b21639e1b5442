package org.socialprescribing.referral.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
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
import org.socialprescribing.referral.repository.ShareConsentRepository;
import org.socialprescribing.referral.rest.AnswerRequest;
import org.socialprescribing.referral.rest.OnwardRequest;
import org.socialprescribing.referral.workflow.ClosingReason;
import org.socialprescribing.referral.workflow.OnwardState;
import org.socialprescribing.referral.workflow.ReferralMove;
import org.socialprescribing.referral.workflow.ReferralState;
import org.socialprescribing.referral.workflow.ReferralStateMachine;

/**
 * The closed loop with community groups: the link worker sends the person to a directory service with their consent
 * to share (recorded in the same transaction), the group sees it in its inbox with only what the person agreed to
 * share, and answers it. Every send and answer is on the referral's timeline; a send from the conversation is the
 * referral's {@code match}, and a group's acceptance or first attendance of a matched referral its
 * {@code join_group}. Who may do each is checked before (OnwardAccess, ReferralAccess).
 */
@ApplicationScoped
@Transactional
public class OnwardReferrals {

    /** "You agree that what you told us may be shared with this group, so that they can welcome you." */
    public static final String SHARE_WORDING = "share-2026-12";

    static final int INBOX_LIMIT = 200;

    /** A group is chosen with the person in the conversation, or added once they are matched or with a group. */
    private static final Set<ReferralState> SENDABLE = EnumSet.of(ReferralState.IN_CONVERSATION,
            ReferralState.MATCHED, ReferralState.WITH_GROUP);

    /** An onward referral as someone may see it: {@code shared} is whether the person's data may be shown. */
    public record Seen(OnwardReferral onward, boolean shared) {
    }

    private final OnwardReferralRepository onward;
    private final ReferralRepository referrals;
    private final ConsentRepository consents;
    private final ShareConsentRepository shares;
    private final ReferralEventRepository events;
    private final Clock clock;

    public OnwardReferrals(OnwardReferralRepository onward, ReferralRepository referrals, ConsentRepository consents,
            ShareConsentRepository shares, ReferralEventRepository events, Clock clock) {
        this.onward = onward;
        this.referrals = referrals;
        this.consents = consents;
        this.shares = shares;
        this.events = events;
        this.clock = clock;
    }

    public Seen send(Caller caller, UUID referralId, OnwardRequest request) {
        Referral referral = referrals.findByIdOptional(referralId)
                .orElseThrow(() -> ProblemException.notFound("Referral", referralId));
        if (!SENDABLE.contains(referral.state)) {
            throw new ProblemException(ProblemType.CONFLICT, "A referral that is " + words(referral.state)
                    + " cannot be sent to a group: groups are chosen with the person in conversation");
        }
        if (onward.sent(referralId, request.serviceId())) {
            throw new ProblemException(ProblemType.CONFLICT, "This referral was already sent to this service",
                    "service_id");
        }
        Instant now = clock.instant();
        // One standing consent per receiving organisation: a second of its services is shared under the same one
        if (shares.standing(referralId, request.organisationId()).isEmpty()) {
            Consent share = new Consent();
            share.id = UUID.randomUUID();
            share.personId = referral.person.id;
            share.referralId = referralId;
            share.purpose = Consent.Purpose.SHARE;
            share.organisationId = request.organisationId();
            share.wordingVersion = SHARE_WORDING;
            share.givenAt = now;
            share.recordedBy = caller.subject();
            consents.persist(share);
        }
        OnwardReferral sent = new OnwardReferral();
        sent.id = UUID.randomUUID();
        sent.referral = referral;
        sent.serviceId = request.serviceId();
        sent.organisationId = request.organisationId();
        sent.state = OnwardState.SENT;
        sent.sentAt = now;
        sent.sentBy = caller.subject();
        sent.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        onward.persist(sent);
        try {
            // Two sends of the same service at once: the unique (referral, service) key refuses the second
            onward.flush();
        } catch (ConstraintViolationException e) {
            throw new ProblemException(ProblemType.CONFLICT, "This referral was already sent to this service",
                    "service_id");
        }
        ActorKind kind = caller.actorKind();
        OnwardEvents.record(events, referral, caller.subject(), kind, now, "onward_sent", null, null, sent.note);
        if (referral.state == ReferralState.IN_CONVERSATION) {
            move(referral, new ReferralMove.Match(), "match", caller.subject(), kind, now);
        }
        return new Seen(sent, true);
    }

    /** A charity editor's inbox (their organisations'), or every onward referral for a coordinator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Seen> inbox(Caller caller, CharityEditor editor) {
        List<OnwardReferral> rows = caller.coordinator()
                ? onward.newest(INBOX_LIMIT)
                : onward.toOrganisations(editor.organisationIds(), INBOX_LIMIT);
        Set<String> standing = shares.standing(rows.stream().map(o -> o.referral.id).collect(Collectors.toSet()))
                .stream().map(c -> c.referralId + "/" + c.organisationId).collect(Collectors.toSet());
        return rows.stream()
                .map(o -> new Seen(o, shareable(o) && standing.contains(o.referral.id + "/" + o.organisationId)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Seen get(UUID id) {
        return seen(find(id));
    }

    public Seen answer(Caller caller, UUID id, AnswerRequest request) {
        OnwardReferral sent = find(id);
        OnwardState from = sent.state;
        OnwardState to = from.after(request.answer().inWorkflow).orElseThrow(() -> new ProblemException(
                ProblemType.CONFLICT, "An onward referral that is " + words(from) + " cannot be answered with "
                        + request.answer().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        Instant now = clock.instant();
        String note = null;
        switch (request.answer()) {
            case DECLINE -> {
                if (reason == null) {
                    throw new ProblemException(ProblemType.VALIDATION_FAILED, "reason must say why the group declined",
                            "reason");
                }
                sent.declineReason = reason;
                note = reason;
            }
            case RECORD_ATTENDANCE -> {
                LocalDate on = request.attendedOn() == null
                        ? LocalDate.ofInstant(now, ZoneOffset.UTC)
                        : request.attendedOn();
                if (on.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))
                        || on.isBefore(LocalDate.ofInstant(sent.sentAt, ZoneOffset.UTC))) {
                    throw new ProblemException(ProblemType.VALIDATION_FAILED,
                            "attended_on must be a day since the referral was sent, and not in the future",
                            "attended_on");
                }
                if (sent.firstAttendedOn == null || on.isBefore(sent.firstAttendedOn)) {
                    sent.firstAttendedOn = on;
                }
                sent.sessionsAttended++;
                note = "Attended on " + on + " (sessions attended: " + sent.sessionsAttended + ")";
            }
            default -> note = reason;
        }
        boolean firstAttendance = from != OnwardState.ATTENDING && to == OnwardState.ATTENDING;
        sent.state = to;
        sent.answeredAt = now;
        Referral referral = sent.referral;
        ActorKind kind = OnwardEvents.kindOf(caller);
        OnwardEvents.record(events, referral, caller.subject(), kind, now,
                "onward_" + to.name().toLowerCase(Locale.ROOT),
                null, null, note);
        if ((to == OnwardState.ACCEPTED || firstAttendance) && referral.state == ReferralState.MATCHED) {
            move(referral, new ReferralMove.JoinGroup(), "join_group", caller.subject(), kind, now);
        }
        return seen(sent);
    }

    private void move(Referral referral, ReferralMove move, String kind, String actor, ActorKind actorKind,
            Instant now) {
        ReferralState from = referral.state;
        ReferralState to = ReferralStateMachine.next(from, move).orElseThrow();
        referral.state = to;
        OnwardEvents.record(events, referral, actor, actorKind, now, kind, from, to, null);
    }

    private OnwardReferral find(UUID id) {
        return onward.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Onward referral", id));
    }

    private Seen seen(OnwardReferral sent) {
        return new Seen(sent, shareable(sent) && shares.standing(sent.referral.id, sent.organisationId).isPresent());
    }

    /**
     * Whether the group may still see the person at all: not once this onward referral is withdrawn, nor once the
     * person withdrew the whole referral (whatever the group had answered).
     */
    private static boolean shareable(OnwardReferral sent) {
        return sent.state != OnwardState.WITHDRAWN && sent.referral.closingReason != ClosingReason.WITHDRAWN;
    }

    private static String words(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
