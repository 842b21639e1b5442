package org.socialprescribing.referral.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.referral.Person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** The person record of an account holder (a resident who has referred themselves before). */
    public Optional<Person> findByAccount(String subject) {
        return find("accountSubject", subject).firstResultOptional();
    }
}
