package org.socialprescribing.wellbeing.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.socialprescribing.wellbeing.Goal;

/** A goal as the API shows it (the owner is implied: only the owner sees it). */
public record GoalView(UUID id, String title, LocalDate targetDate, Goal.Status status, Instant createdAt) {

    static GoalView of(Goal goal) {
        return new GoalView(goal.id, goal.title, goal.targetDate, goal.status, goal.createdAt);
    }
}
