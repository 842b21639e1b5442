package org.socialprescribing.referral.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.socialprescribing.referral.AuditEntry;
import org.socialprescribing.referral.service.AuditService;

/** One staff read or change of a person's data, as the coordinator and the person see it. */
public record AuditView(UUID id, Instant at, String actor, String actorRole, UUID personId, UUID referralId,
        String action, String reason) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id, e.at, e.actor, e.actorRole, e.personId, e.referralId, e.action, e.reason);
    }

    /** The reason is free text a member of staff typed: it stays out of any log line or exception message. */
    @Override
    public String toString() {
        return "AuditView[" + id + "]";
    }

    /** A page of the trail, in the directory's paging style (1-based pages). */
    public record Page(List<AuditView> items, long totalItems, int page, int perPage, long totalPages) {

        static Page of(AuditService.Page page) {
            return new Page(page.items().stream().map(AuditView::of).toList(), page.totalItems(), page.page(),
                    page.perPage(), (page.totalItems() + page.perPage() - 1) / page.perPage());
        }
    }
}
