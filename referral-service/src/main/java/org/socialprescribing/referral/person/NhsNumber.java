package org.socialprescribing.referral.person;

import java.util.Optional;

/**
 * An NHS number: ten digits, the last a Modulus 11 check digit (NHS Data Dictionary, "NHS Number"). Typed with spaces
 * or hyphens in groups of 3-3-4 as people write it; kept and compared as the ten digits.
 *
 * @param digits
 *            the ten digits, nothing else
 */
public record NhsNumber(String digits) {

    public NhsNumber {
        if (!valid(digits)) {
            throw new IllegalArgumentException("not an NHS number");
        }
    }

    /** The NHS number typed here, if it is one (a wrong check digit, length or character is none). */
    public static Optional<NhsNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return valid(digits) ? Optional.of(new NhsNumber(digits)) : Optional.empty();
    }

    /**
     * The Modulus 11 check: each of the first nine digits times its weight (10 down to 2), the sum's remainder by 11
     * taken from 11; 11 means a check digit of 0, and 10 means no number can have these nine digits.
     */
    static boolean valid(String digits) {
        if (digits == null || !digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** As people read it: "943 476 5919". */
    public String formatted() {
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    /** Never the number itself: it must not reach a log through a toString. */
    @Override
    public String toString() {
        return "NhsNumber[***]";
    }
}
