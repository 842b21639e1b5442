package org.socialprescribing.referral.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.referral.IdempotencyRecord;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {
}
