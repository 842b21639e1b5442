package org.socialprescribing.referral.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The Modulus 11 check digit, worked by hand for each case, and the ways people type the number. */
class NhsNumberTest {

    @Test
    void aNumberWithTheRightCheckDigitIsOne() {
        // 9*10+4*9+3*8+4*7+7*6+6*5+5*4+9*3+1*2 = 299; 299 mod 11 = 2; 11 - 2 = 9
        assertEquals(Optional.of(new NhsNumber("9434765919")), NhsNumber.parse("9434765919"));
        // 4*10+0*9+1*8+0*7+2*6+3*5+2*4+1*3+3*2 = 92; 92 mod 11 = 4; 11 - 4 = 7
        assertTrue(NhsNumber.valid("4010232137"));
    }

    @Test
    void aRemainderOfZeroMeansACheckDigitOfZero() {
        // 1*10+1*9+0*8+0*7+0*6+0*5+0*4+1*3+0*2 = 22; 22 mod 11 = 0; 11 - 0 = 11, so the check digit is 0
        assertTrue(NhsNumber.valid("1100000100"));
        assertFalse(NhsNumber.valid("1100000101"));
    }

    @Test
    void nineDigitsWhoseCheckWouldBeTenAreNoNumber() {
        // 0*10+0*9+0*8+0*7+0*6+0*5+0*4+4*3+0*2 = 12; 12 mod 11 = 1; 11 - 1 = 10: no check digit works
        for (int last = 0; last <= 9; last++) {
            assertFalse(NhsNumber.valid("000000040" + last), "check digit " + last);
        }
    }

    @Test
    void aWrongCheckDigitLengthOrCharacterIsRefused() {
        assertEquals(Optional.empty(), NhsNumber.parse("9434765918"));
        assertEquals(Optional.empty(), NhsNumber.parse("943476591"));
        assertEquals(Optional.empty(), NhsNumber.parse("94347659190"));
        assertEquals(Optional.empty(), NhsNumber.parse("943476591O"));
        assertEquals(Optional.empty(), NhsNumber.parse(""));
        assertEquals(Optional.empty(), NhsNumber.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new NhsNumber("9434765918"));
    }

    @Test
    void spacesAndHyphensAsPeopleTypeThemAreTaken() {
        assertEquals("9434765919", NhsNumber.parse("943 476 5919").orElseThrow().digits());
        assertEquals("9434765919", NhsNumber.parse(" 943-476-5919 ").orElseThrow().digits());
        assertEquals("943 476 5919", new NhsNumber("9434765919").formatted());
    }

    @Test
    void theNumberNeverShowsInAToString() {
        assertFalse(new NhsNumber("9434765919").toString().contains("943"));
    }
}
