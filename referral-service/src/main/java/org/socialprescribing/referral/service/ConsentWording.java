package org.socialprescribing.referral.service;

/**
 * The versions of the consent wording people agree to, so that each consent record says which words were shown. A
 * change of wording is a new version here and in the portal's message bundles, never an edit of an old one.
 */
public final class ConsentWording {

    /** "You agree that the social prescribing team may contact you about this referral, in the ways you chose." */
    public static final String CONTACT = "contact-2026-12";

    private ConsentWording() {
    }
}
