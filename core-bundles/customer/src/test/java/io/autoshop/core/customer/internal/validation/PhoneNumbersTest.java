package io.autoshop.core.customer.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    // Normalization

    @Test
    void normalizeNullReturnsNull() {
        assertNull(PhoneNumbers.normalize(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "13812345678",
        " 138 1234 5678 ",
        "138-1234-5678",
        "+86 138 1234 5678",
        "+86-138-1234-5678",
        "(+86) 13812345678",
        "0086 13812345678",
        "8613812345678",
        "１３８１２３４５６７８",
        "＋８６　１３８　１２３４　５６７８"
    })
    void normalizeReturnsElevenDigits(String raw) {
        assertEquals("13812345678", PhoneNumbers.normalize(raw));
    }

    @Test
    void normalizeKeepsHongKongPrefix() {
        assertEquals("+85291234567", PhoneNumbers.normalize("+852 9123 4567"));
    }

    @Test
    void normalizeKeepsPrefixOfShortNumber() {
        assertEquals("+861381234567", PhoneNumbers.normalize("+86 138 1234 567"));
    }

    @Test
    void normalizeKeepsElevenDigitsStartingWith86() {
        assertEquals("86123456789", PhoneNumbers.normalize("86123456789"));
    }

    @Test
    void normalizeKeepsLetters() {
        assertEquals("138ABC45678", PhoneNumbers.normalize("138 ABC 45678"));
    }

    // Check

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "14512345678", "15912345678", "16612345678", "17712345678",
        "18812345678", "19912345678"})
    void mainlandMobileIsValid(String number) {
        assertNull(PhoneNumbers.check(number));
    }

    @Test
    void typedNumberIsValidAfterNormalize() {
        assertNull(PhoneNumbers.check(PhoneNumbers.normalize("+86 139-0000-1111")));
    }

    @Test
    void hongKongNumberIsRejected() {
        String normalized = PhoneNumbers.normalize("+852 9123 4567");

        assertEquals("Phone number +85291234567 is a Hong Kong number: a mainland China mobile number of 11 digits"
                + " starting with 1 is expected", PhoneNumbers.check(normalized));
    }

    @Test
    void hongKongNumberWithDoubleZeroIsRejected() {
        assertEquals("Phone number 0085291234567 is a Hong Kong number: a mainland China mobile number of 11 digits"
                + " starting with 1 is expected", PhoneNumbers.check("0085291234567"));
    }

    @Test
    void macauNumberIsRejected() {
        assertEquals("Phone number +85366123456 is a Macau number: a mainland China mobile number of 11 digits"
                + " starting with 1 is expected", PhoneNumbers.check("+85366123456"));
    }

    @Test
    void taiwanNumberIsRejected() {
        assertEquals("Phone number +886912345678 is a Taiwan number: a mainland China mobile number of 11 digits"
                + " starting with 1 is expected", PhoneNumbers.check("+886912345678"));
    }

    @Test
    void foreignNumberIsRejected() {
        assertEquals("Phone number +447911123456 is an international number: a mainland China mobile number of 11"
                + " digits starting with 1 is expected", PhoneNumbers.check("+447911123456"));
    }

    @Test
    void mainlandPrefixWithShortNumberIsRejected() {
        assertEquals("Phone number +861381234567 has a mainland China country code but not 11 digits after it:"
                + " 11 expected", PhoneNumbers.check("+861381234567"));
    }

    @Test
    void shortNumberIsRejected() {
        assertEquals("Phone number 1381234567 has 10 digits: 11 expected for a mainland China mobile number",
                PhoneNumbers.check("1381234567"));
    }

    @Test
    void longNumberIsRejected() {
        assertEquals("Phone number 138123456789 has 12 digits: 11 expected for a mainland China mobile number",
                PhoneNumbers.check("138123456789"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "11812345678", "10812345678", "01012345678", "23812345678"})
    void numberOutsideMobileRangeIsRejected(String number) {
        assertEquals("Phone number " + number + " is not a mainland China mobile number: 11 digits starting with 13"
                + " to 19 expected", PhoneNumbers.check(number));
    }

    @Test
    void letterIsRejected() {
        assertEquals("Phone number 138ABC45678 contains 'A': only digits are allowed",
                PhoneNumbers.check("138ABC45678"));
    }

    @Test
    void nonAsciiDigitIsRejected() {
        // Arabic-Indic digit four: NFKC keeps it, and it is not an ASCII digit.
        assertEquals("Phone number 138\u06641234567 contains '\u0664': only digits are allowed",
                PhoneNumbers.check("138\u06641234567"));
    }

    @Test
    void nullNumberIsMissing() {
        assertEquals("Phone number is missing", PhoneNumbers.check(null));
    }

    @Test
    void emptyNumberIsMissing() {
        assertEquals("Phone number is missing", PhoneNumbers.check(""));
    }

    @Test
    void blankNumberIsMissingAfterNormalize() {
        assertEquals("Phone number is missing", PhoneNumbers.check(PhoneNumbers.normalize(" - ")));
    }

    // Masking

    @Test
    void maskHidesMiddleFourDigits() {
        assertEquals("138****5678", PhoneNumbers.mask("13812345678"));
    }

    @Test
    void maskNullReturnsNull() {
        assertNull(PhoneNumbers.mask(null));
    }

    @Test
    void maskOfLongerValueHidesAllButEnds() {
        assertEquals("+85*****4567", PhoneNumbers.mask("+85291234567"));
    }

    @ParameterizedTest
    @CsvSource({"1234567, *******", "1234, ****", "12345678, 123*5678"})
    void maskOfShortValueHidesEverything(String number, String expected) {
        assertEquals(expected, PhoneNumbers.mask(number));
    }

    @Test
    void maskOfEmptyIsEmpty() {
        assertEquals("", PhoneNumbers.mask(""));
    }

    // Last four digits

    @Test
    void lastFourOfMobile() {
        assertEquals("5678", PhoneNumbers.lastFour("13812345678"));
    }

    @Test
    void lastFourIgnoresSeparators() {
        assertEquals("4567", PhoneNumbers.lastFour("+852 9123-45 67"));
    }

    @Test
    void lastFourConvertsFullWidthDigits() {
        assertEquals("5678", PhoneNumbers.lastFour("１３８１２３４５６７８"));
    }

    @Test
    void lastFourOfThreeDigitsIsNull() {
        assertNull(PhoneNumbers.lastFour("1-2-3"));
    }

    @Test
    void lastFourOfNullIsNull() {
        assertNull(PhoneNumbers.lastFour(null));
    }
}
