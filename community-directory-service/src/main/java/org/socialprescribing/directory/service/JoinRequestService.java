package org.socialprescribing.directory.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;
import org.socialprescribing.directory.JoinRequest;
import org.socialprescribing.directory.Organization;
import org.socialprescribing.directory.repository.JoinRequestRepository;
import org.socialprescribing.directory.repository.OrganizationRepository;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

/**
 * Charities ask to join (a new organisation, unpublished until verified, or one listed already); coordinators
 * approve, which publishes the organisation and makes the requester its charity-editor, or reject with a reason.
 */
@ApplicationScoped
public class JoinRequestService {

    /** Who is asking: their account id (token subject) and username. */
    public record Requester(String accountId, String username) {
    }

    private final JoinRequestRepository requests;
    private final OrganizationRepository organizations;
    private final OrganizationService organizationService;
    private final EditorAccounts accounts;
    private final Clock clock;
    private final Event<DirectoryChanged> directoryChanged;

    public JoinRequestService(JoinRequestRepository requests, OrganizationRepository organizations,
            OrganizationService organizationService, EditorAccounts accounts, Clock clock,
            Event<DirectoryChanged> directoryChanged) {
        this.directoryChanged = directoryChanged;
        this.requests = requests;
        this.organizations = organizations;
        this.organizationService = organizationService;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Asks to join with a new organisation ({@code details}) or a listed one ({@code organizationId}). */
    @Transactional
    public JoinRequest ask(Optional<UUID> organizationId, Optional<OrganizationService.Details> details,
            String message, Requester requester) {
        if (organizationId.isPresent() == details.isPresent()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "Give either the organisation_id of a listed organisation or a new organization.",
                    "organization");
        }
        JoinRequest request = new JoinRequest();
        request.id = UUID.randomUUID();
        if (organizationId.isPresent()) {
            request.organization = organizations.findVerified(organizationId.get())
                    .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION_FAILED,
                            "There is no listed organisation " + organizationId.get() + ".", "organization_id"));
            if (requests.pending(request.organization.id, requester.accountId())) {
                throw new ProblemException(ProblemType.CONFLICT,
                        "You have asked to join this organisation already; a coordinator will decide soon.");
            }
        } else {
            organizations.sameName(details.get().name()).ifPresent(existing -> {
                throw new ProblemException(ProblemType.CONFLICT, existing.verified
                        ? "\"" + existing.name + "\" is listed already (" + existing.id
                                + "): ask to join it with its organization_id."
                        : "Someone has asked to list \"" + existing.name + "\" already; a coordinator will"
                                + " decide soon.");
            });
            request.organization = organizationService.create(details.get(), false);
            request.newOrganization = true;
        }
        request.requesterId = requester.accountId();
        request.requesterUsername = requester.username();
        request.message = message == null || message.isBlank() ? null : message.strip();
        request.status = "pending";
        request.createdAt = Instant.now(clock);
        requests.persist(request);
        return request;
    }

    /** A coordinator sees every request (in a status, when given) unless only their own are asked for. */
    @Transactional
    public List<JoinRequest> list(Optional<String> status, boolean coordinator, boolean mine, Requester requester,
            int page, int perPage) {
        boolean everyone = coordinator && !mine;
        return requests.list(status, everyone ? Optional.empty() : Optional.of(requester.accountId()), page,
                perPage);
    }

    @Transactional
    public JoinRequest get(UUID id, boolean coordinator, Requester requester) {
        JoinRequest request = find(id);
        if (!coordinator && !request.requesterId.equals(requester.accountId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This is someone else's request.");
        }
        return request;
    }

    /**
     * Publishes the organisation and makes the requester its editor. The account is changed first (repeatable);
     * the request is marked approved only once that worked, so a failure leaves the request pending.
     */
    public JoinRequest approve(UUID id, String coordinator) {
        JoinRequest pending = pendingOne(id);
        accounts.makeEditor(pending.requesterId, pending.organization.id);
        return decide(id, pending.version, coordinator, "approved", null);
    }

    public JoinRequest reject(UUID id, String reason, String coordinator) {
        JoinRequest pending = pendingOne(id);
        return decide(id, pending.version, coordinator, "rejected", reason.strip());
    }

    @Transactional
    JoinRequest pendingOne(UUID id) {
        JoinRequest request = find(id);
        if (!"pending".equals(request.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "This request was " + request.status + " already, by "
                    + request.decidedBy + ".");
        }
        return request;
    }

    @Transactional
    JoinRequest decide(UUID id, int version, String coordinator, String status, String reason) {
        JoinRequest request = find(id);
        if (request.version != version || !"pending".equals(request.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "Another coordinator decided this request meanwhile.");
        }
        request.status = status;
        request.decidedBy = coordinator;
        request.decidedAt = Instant.now(clock);
        request.decisionReason = reason;
        if ("approved".equals(status)) {
            Organization organization = request.organization;
            organization.verified = true;
            organization.updatedAt = request.decidedAt;
            directoryChanged.fire(new DirectoryChanged("organisation"));
        }
        try {
            requests.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new ProblemException(ProblemType.CONFLICT, "Another coordinator decided this request meanwhile.");
        }
        return request;
    }

    private JoinRequest find(UUID id) {
        JoinRequest request = requests.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Joining request", id));
        Hibernate.initialize(request.organization);
        return request;
    }
}
