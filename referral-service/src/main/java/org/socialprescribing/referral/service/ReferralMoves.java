package org.socialprescribing.referral.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.repository.ReferralEventRepository;
import org.socialprescribing.referral.repository.ReferralRepository;
import org.socialprescribing.referral.rest.MoveRequest;
import org.socialprescribing.referral.workflow.ReferralMove;
import org.socialprescribing.referral.workflow.ReferralState;
import org.socialprescribing.referral.workflow.ReferralStateMachine;

/**
 * Moves a referral through the loop, only as {@link ReferralStateMachine} allows (anything else is a 409 naming the
 * state and the move), with a timeline entry for each move. Who may move it is checked before (ReferralAccess).
 */
@ApplicationScoped
@Transactional
public class ReferralMoves {

    private final ReferralRepository referrals;
    private final ReferralEventRepository events;
    private final Clock clock;

    public ReferralMoves(ReferralRepository referrals, ReferralEventRepository events, Clock clock) {
        this.referrals = referrals;
        this.events = events;
        this.clock = clock;
    }

    public Referral move(Caller caller, UUID id, MoveRequest request) {
        Referral referral = referrals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Referral", id));
        ReferralMove move = toMove(request);
        ReferralState from = referral.state;
        ReferralState to = ReferralStateMachine.next(from, move).orElseThrow(() -> new ProblemException(
                ProblemType.CONFLICT, "A referral that is " + words(from) + " cannot be moved by " + words(request)));
        Instant now = clock.instant();
        referral.state = to;
        switch (move) {
            case ReferralMove.ContactAttempt attempt -> referral.contactAttempts++;
            case ReferralMove.StartConversation talk -> referral.lastContactAt = now;
            case ReferralMove.Close close -> {
                referral.closingReason = close.reason();
                referral.closedAt = now;
            }
            default -> {
            }
        }
        Timeline.record(events, referral, caller, now, request.move().name().toLowerCase(Locale.ROOT), from, to,
                request.note() == null || request.note().isBlank() ? null : request.note().strip());
        return referral;
    }

    /** A note on the timeline; it moves nothing, and a closed referral takes none. */
    public org.socialprescribing.referral.ReferralEvent note(Caller caller, UUID id,
            org.socialprescribing.referral.rest.NoteRequest request) {
        Referral referral = referrals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Referral", id));
        if (!referral.state.open()) {
            throw new ProblemException(ProblemType.CONFLICT, "A closed referral takes no more notes");
        }
        var kind = request.kind() == null ? org.socialprescribing.referral.rest.NoteRequest.Kind.NOTE : request.kind();
        return Timeline.record(events, referral, caller, clock.instant(), kind.name().toLowerCase(Locale.ROOT), null,
                null, request.note().strip());
    }

    private static ReferralMove toMove(MoveRequest request) {
        return switch (request.move()) {
            case TRIAGE -> new ReferralMove.Triage();
            case CONTACT_ATTEMPT -> new ReferralMove.ContactAttempt();
            case START_CONVERSATION -> new ReferralMove.StartConversation();
            case MATCH -> new ReferralMove.Match();
            case JOIN_GROUP -> new ReferralMove.JoinGroup();
            case REMATCH -> new ReferralMove.Rematch();
            case CLOSE -> {
                if (request.closingReason() == null) {
                    throw new ProblemException(ProblemType.VALIDATION_FAILED,
                            "closing_reason must say why the referral is closed");
                }
                yield new ReferralMove.Close(request.closingReason());
            }
        };
    }

    private static String words(ReferralState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String words(MoveRequest request) {
        String move = request.move().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return request.closingReason() == null
                ? move
                : move + " (" + request.closingReason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
}
