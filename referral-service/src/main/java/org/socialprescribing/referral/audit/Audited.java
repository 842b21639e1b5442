package org.socialprescribing.referral.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names what a staff call of this endpoint does to a person's data ("export person data"), for the audit trail.
 * Endpoints under {@code /referrals/{id}} need none: AuditFilter audits every staff call of them, naming the action
 * from the endpoint. The person's id is the endpoint's {@code id} path parameter unless it is under /referrals.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    String value();
}
