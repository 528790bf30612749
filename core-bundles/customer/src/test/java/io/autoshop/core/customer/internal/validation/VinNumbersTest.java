package io.autoshop.core.customer.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.core.customer.internal.validation.VinNumbers.VinCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check digits below were computed by hand. Each comment lists the weighted values of positions 1 to 17
 * (position 9 has weight 0), their sum and the sum modulo 11.
 */
class VinNumbersTest {

    // 1*8 + 4*7 + 8*6 + 7*5 + 4*4 + 4*3 + 9*2 + 1*10 + 0 + 2*9 + 7*8 + 0*7 + 4*6 + 2*5 + 7*4 + 8*3 + 8*2
    // = 351, and 351 mod 11 = 10, written as X.
    private static final String NORTH_AMERICAN_X = "1M8GDM9AXKP042788";

    // 3*8 + 6*7 + 5*6 + 2*5 + 1*4 + 2*3 + 1*2 + 2*10 + 0 + 7*9 + 3*8 + 0*7 + 1*6 + 2*5 + 3*4 + 4*3 + 5*2
    // = 275, and 275 mod 11 = 0.
    private static final String CHINESE_ZERO = "LFV2A21K0P3012345";

    // 3*8 + 2*7 + 7*6 + 1*5 + 1*4 + 5*3 + 2*2 + 8*10 + 0 + 4*9 + 8*8 + 1*7 + 0*6 + 4*5 + 9*4 + 3*3 + 8*2
    // = 376, and 376 mod 11 = 2.
    private static final String CHINESE_TWO = "LSGJA52H2MH104938";

    // 5*8 + 8*7 + 1*6 + 3*5 + 5*4 + 1*3 + 5*2 + 1*10 + 0 + 7*9 + 6*8 + 1*7 + 2*6 + 3*5 + 4*4 + 5*3 + 6*2
    // = 348, and 348 mod 11 = 7.
    private static final String NORTH_AMERICAN_SEVEN = "5YJ3E1EA7PF123456";

    // 6*8 + 5*7 + 6*6 + 9*5 + 9*4 + 9*3 + 1*2 + 2*10 + 0 + 8*9 + 6*8 + 1*7 + 2*6 + 3*5 + 4*4 + 5*3 + 6*2
    // = 446, and 446 mod 11 = 6, but position 9 contains Z as in many European VINs.
    private static final String EUROPEAN_Z = "WVWZZZ1KZ8W123456";

    // 1*8 + 3*7 + 4*6 + 2*5 + 2*4 + 2*3 + 0*2 + 4*10 + 0 + 1*9 + 3*8 + 1*7 + 2*6 + 3*5 + 4*4 + 5*3 + 6*2
    // = 227, and 227 mod 11 = 7, but position 9 contains 0.
    private static final String JAPANESE_ZERO = "JTDKB20U0A3123456";

    // Check digit computation

    @Test
    void checkDigitOfKnownVinIsX() {
        assertEquals('X', VinNumbers.checkDigit(NORTH_AMERICAN_X));
    }

    @Test
    void checkDigitOfChineseVinIsZero() {
        assertEquals('0', VinNumbers.checkDigit(CHINESE_ZERO));
    }

    @Test
    void checkDigitOfChineseVinIsTwo() {
        assertEquals('2', VinNumbers.checkDigit(CHINESE_TWO));
    }

    @Test
    void checkDigitOfEuropeanVinIsSix() {
        assertEquals('6', VinNumbers.checkDigit(EUROPEAN_Z));
    }

    @Test
    void checkDigitIgnoresPositionNine() {
        assertEquals('X', VinNumbers.checkDigit("1M8GDM9A0KP042788"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1M8GDM9AXKP04278", "1M8GDM9AXKP0427888"})
    void checkDigitOfWrongLengthThrows(String vin) {
        assertThrows(IllegalArgumentException.class, () -> VinNumbers.checkDigit(vin));
    }

    @Test
    void checkDigitOfLetterOThrows() {
        assertThrows(IllegalArgumentException.class, () -> VinNumbers.checkDigit("1M8GDM9AXKP0O2788"));
    }

    @Test
    void checkDigitOfNullThrows() {
        assertThrows(IllegalArgumentException.class, () -> VinNumbers.checkDigit(null));
    }

    // Accepted VINs

    @ParameterizedTest
    @ValueSource(strings = {NORTH_AMERICAN_X, NORTH_AMERICAN_SEVEN, CHINESE_ZERO, CHINESE_TWO})
    void vinWithCorrectCheckDigitIsAccepted(String vin) {
        VinCheck result = VinNumbers.check(vin);

        assertTrue(result.valid());
        assertNull(result.error());
        assertNull(result.warning());
        assertTrue(result.problem().isEmpty());
    }

    @Test
    void lowerCaseVinIsAcceptedAfterNormalize() {
        String vin = VinNumbers.normalize(" lfv2a21k0p3012345 ");

        assertEquals(CHINESE_ZERO, vin);
        assertTrue(VinNumbers.check(vin).valid());
    }

    @Test
    void europeanVinWithMismatchGetsWarning() {
        VinCheck result = VinNumbers.check(EUROPEAN_Z);

        assertTrue(result.valid());
        assertNull(result.error());
        assertEquals("VIN WVWZZZ1KZ8W123456 has Z at position 9 but the computed check digit is 6: check the VIN"
                + " for a typing error unless the manufacturer does not use a check digit", result.warning());
    }

    @Test
    void japaneseVinWithMismatchGetsWarning() {
        VinCheck result = VinNumbers.check(JAPANESE_ZERO);

        assertTrue(result.valid());
        assertTrue(result.warning().contains("the computed check digit is 7"), result.warning());
    }

    @Test
    void warningBecomesWarningProblem() {
        FieldProblem problem = VinNumbers.check(EUROPEAN_Z).problem().orElseThrow();

        assertTrue(problem.warning());
    }

    // Rejected VINs

    @Test
    void chineseVinWithWrongCheckDigitIsRejected() {
        VinCheck result = VinNumbers.check("LFV2A21K5P3012345");

        assertFalse(result.valid());
        assertNull(result.warning());
        assertEquals("VIN LFV2A21K5P3012345 has check digit 5 at position 9 but 0 is expected: check the VIN for a"
                + " typing error", result.error());
    }

    @Test
    void northAmericanWrongCheckDigitIsRejected() {
        VinCheck result = VinNumbers.check("1M8GDM9A9KP042788");

        assertFalse(result.valid());
        assertTrue(result.error().contains("but X is expected"), result.error());
    }

    @ParameterizedTest
    @CsvSource({
        "2M8GDM9AXKP042788",
        "3M8GDM9AXKP042788",
        "4M8GDM9AXKP042788",
        "5YJ3E1EA1PF123456"
    })
    void northAmericanRegionsRequireCheckDigit(String vin) {
        assertFalse(VinNumbers.check(vin).valid());
    }

    @Test
    void typoInChineseVinIsRejected() {
        // Swapping positions 14 and 15 of CHINESE_TWO adds 9*5 + 4*4 - 4*5 - 9*4 = 5 to the sum, so 381 mod 11 = 7
        // is expected at position 9 in place of 2.
        assertFalse(VinNumbers.check("LSGJA52H2MH109438").valid());
    }

    @Test
    void errorBecomesErrorProblem() {
        FieldProblem problem = VinNumbers.check("LFV2A21K5P3012345").problem().orElseThrow();

        assertTrue(problem.isError());
    }

    @ParameterizedTest
    @CsvSource({
        "1M8GDM9AXKP0I2788, I, 13, 1",
        "1M8GDM9AXKP0O2788, O, 13, 0",
        "1M8GDM9AXKP0Q2788, Q, 13, 0"
    })
    void forbiddenLetterIsRejected(String vin, String letter, int position, String digit) {
        VinCheck result = VinNumbers.check(vin);

        assertFalse(result.valid());
        assertEquals("VIN " + vin + " contains the letter " + letter + " at position " + position
                + ", which VINs never use: enter the digit " + digit + " instead", result.error());
    }

    @Test
    void letterOIsNotReplacedByNormalize() {
        assertEquals("1M8GDM9AXKP0O2788", VinNumbers.normalize("1m8gdm9axkp0o2788"));
    }

    @Test
    void symbolIsRejected() {
        VinCheck result = VinNumbers.check("1M8GDM9AXKP0-2788");

        assertEquals("VIN 1M8GDM9AXKP0-2788 contains '-' at position 13: only digits and upper-case letters other"
                + " than I, O and Q are allowed", result.error());
    }

    @Test
    void lowerCaseIsRejectedWithoutNormalize() {
        VinCheck result = VinNumbers.check("1m8gdm9axkp042788");

        assertFalse(result.valid());
        assertTrue(result.error().contains("'m' at position 2"), result.error());
    }

    @Test
    void shortVinIsRejected() {
        VinCheck result = VinNumbers.check("1M8GDM9AXKP04278");

        assertFalse(result.valid());
        assertEquals("VIN 1M8GDM9AXKP04278 has 16 characters: 17 expected", result.error());
    }

    @Test
    void longVinIsRejected() {
        assertEquals("VIN 1M8GDM9AXKP0427888 has 18 characters: 17 expected",
                VinNumbers.check("1M8GDM9AXKP0427888").error());
    }

    @Test
    void repeatedOnesArePlaceholder() {
        // All ones pass the check digit: 89 mod 11 = 1. Only the placeholder rule rejects them.
        assertEquals('1', VinNumbers.checkDigit("11111111111111111"));

        VinCheck result = VinNumbers.check("11111111111111111");

        assertFalse(result.valid());
        assertEquals("VIN 11111111111111111 is a placeholder made of one repeated character: enter the VIN shown on"
                + " the vehicle", result.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000000000000", "AAAAAAAAAAAAAAAAA", "XXXXXXXXXXXXXXXXX"})
    void repeatedCharacterIsPlaceholder(String vin) {
        assertTrue(VinNumbers.check(vin).error().contains("is a placeholder"), vin);
    }

    @Test
    void nullVinIsMissing() {
        assertEquals("VIN is missing", VinNumbers.check(null).error());
    }

    @Test
    void emptyVinIsMissing() {
        assertEquals("VIN is missing", VinNumbers.check("").error());
    }

    // Normalization

    @Test
    void normalizeNullReturnsNull() {
        assertNull(VinNumbers.normalize(null));
    }

    @Test
    void normalizeRemovesSpaces() {
        assertEquals(CHINESE_TWO, VinNumbers.normalize("LSG JA52H2 MH104938"));
    }

    @Test
    void normalizeConvertsFullWidthCharacters() {
        assertEquals(CHINESE_TWO, VinNumbers.normalize("ＬＳＧＪＡ５２Ｈ２ＭＨ１０４９３８"));
    }

    @Test
    void normalizeRemovesIdeographicSpace() {
        assertEquals(CHINESE_TWO, VinNumbers.normalize("LSGJA52H2\u3000MH104938"));
    }

    // Result invariants

    @Test
    void resultWithErrorAndWarningIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new VinCheck("error", "warning"));
    }
}
