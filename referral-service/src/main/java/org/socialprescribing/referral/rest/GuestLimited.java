package org.socialprescribing.referral.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An endpoint whose calls count against the caller's address ({@link GuestRateLimits}); 429 past the limit. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GuestLimited {

    /** The 429 every limited endpoint documents. */
    String DESCRIPTION = "Too many calls from this address; Retry-After says in how many seconds to try again";

    GuestRateLimits.Kind value();
}
