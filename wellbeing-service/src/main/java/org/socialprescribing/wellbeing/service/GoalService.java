package org.socialprescribing.wellbeing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;
import org.socialprescribing.wellbeing.Goal;
import org.socialprescribing.wellbeing.repository.GoalRepository;

/** Goals belong to the resident who set them: every read checks the owner. */
@ApplicationScoped
@Transactional
public class GoalService {

    private final GoalRepository goals;
    private final Clock clock;

    public GoalService(GoalRepository goals) {
        this.goals = goals;
        this.clock = Clock.systemUTC();
    }

    public Goal create(String ownerId, String title, java.time.LocalDate targetDate) {
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.ownerId = ownerId;
        goal.title = title.strip();
        goal.targetDate = targetDate;
        goal.status = Goal.Status.ACTIVE;
        goal.createdAt = Instant.now(clock);
        goals.persist(goal);
        return goal;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Goal> listFor(String ownerId) {
        return goals.listForOwner(ownerId);
    }

    /** The goal if the caller owns it; 404 when absent, 403 when it is someone else's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Goal getOwned(UUID id, String callerId) {
        Goal goal = goals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Goal", id));
        if (!goal.ownerId.equals(callerId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This goal belongs to someone else.");
        }
        return goal;
    }
}
