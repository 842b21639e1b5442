package org.socialprescribing.wellbeing.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.wellbeing.Goal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<Goal, UUID> {

    public List<Goal> listForOwner(String ownerId) {
        return list("ownerId", Sort.descending("createdAt").and("id"), ownerId);
    }
}
