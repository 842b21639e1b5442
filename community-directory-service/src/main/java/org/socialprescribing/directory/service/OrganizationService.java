package org.socialprescribing.directory.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.socialprescribing.directory.Organization;
import org.socialprescribing.directory.repository.OrganizationRepository;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

@ApplicationScoped
@Transactional
public class OrganizationService {

    /** The fields an editor or coordinator may set. */
    public record Details(String name, String description, String email, String website) {
    }

    private final OrganizationRepository organizations;
    private final Event<DirectoryChanged> directoryChanged;

    public OrganizationService(OrganizationRepository organizations, Event<DirectoryChanged> directoryChanged) {
        this.directoryChanged = directoryChanged;
        this.organizations = organizations;
    }

    /** Public view: only verified organisations exist for the public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Organization getPublished(UUID id) {
        return organizations.findVerified(id).orElseThrow(() -> ProblemException.notFound("Organization", id));
    }

    /** Public list: verified organisations by name, optionally those whose name contains {@code search}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<Organization> listPublished(java.util.Optional<String> search, int page, int perPage) {
        var query = organizations.verified(search).page(io.quarkus.panache.common.Page.of(page - 1, perPage));
        return new PageOf<>(query.list(), query.count(), page, perPage);
    }

    /** A coordinator adds an organisation directly; it is verified because a coordinator added it. */
    public Organization create(Details details) {
        return create(details, true);
    }

    /** A new organisation; unverified ones (asked to join) stay out of the public API until a coordinator checks. */
    Organization create(Details details, boolean verified) {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.verified = verified;
        organization.createdAt = Instant.now();
        apply(organization, details);
        organizations.persist(organization);
        if (verified) { // an unverified one (asked to join) is not public: no answer changes
            directoryChanged.fire(new DirectoryChanged("organisation"));
        }
        return organization;
    }

    /** 404 when absent; 403 when the editor is not bound to this organisation. */
    public Organization update(UUID id, Details details, Editor editor) {
        Organization organization = organizations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Organization", id));
        if (!editor.mayEdit(id)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You are not an editor of this organisation.");
        }
        apply(organization, details);
        directoryChanged.fire(new DirectoryChanged("organisation"));
        return organization;
    }

    private static void apply(Organization organization, Details details) {
        organization.name = details.name().strip();
        organization.description = details.description() == null ? "" : details.description().strip();
        organization.email = details.email();
        organization.website = details.website();
        organization.updatedAt = Instant.now();
    }
}
