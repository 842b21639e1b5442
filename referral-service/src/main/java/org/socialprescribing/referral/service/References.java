package org.socialprescribing.referral.service;

import java.security.SecureRandom;

/**
 * Referral references people can read out and type: "SP-" and eight characters of Crockford's base32 (no I, L, O
 * or U, so nothing is mistaken for 1, 0 or a word), 40 random bits, so one reference says nothing about another.
 */
final class References {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {
    }

    static String next() {
        StringBuilder reference = new StringBuilder("SP-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
