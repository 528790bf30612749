package io.autoshop.core.customer.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.core.customer.internal.validation.PlateNumbers.PlateCheck;
import io.autoshop.core.customer.internal.validation.PlateNumbers.PlateType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlateNumbersTest {

    // Normalization

    @Test
    void normalizeNullReturnsNull() {
        assertNull(PlateNumbers.normalize(null));
    }

    @Test
    void normalizeTrimsAndUpperCases() {
        assertEquals("浙B7G2K1", PlateNumbers.normalize("  浙b7g2k1 \t"));
    }

    @Test
    void normalizeConvertsFullWidthCharacters() {
        assertEquals("沪A12345", PlateNumbers.normalize("沪Ａ１２３４５"));
    }

    @Test
    void normalizeRemovesIdeographicSpace() {
        assertEquals("京A12345", PlateNumbers.normalize("京A\u300012345"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"京A·12345", "京A・12345", "京A.12345", "京A-12345", "京A 12345", "京A－12345", "京A．12345"})
    void normalizeRemovesSeparators(String raw) {
        assertEquals("京A12345", PlateNumbers.normalize(raw));
    }

    @Test
    void normalizeRemovesHalfWidthKatakanaMiddleDot() {
        assertEquals("京A12345", PlateNumbers.normalize("京A\uFF6512345"));
    }

    @Test
    void normalizeKeepsLetterO() {
        assertEquals("京AO1234", PlateNumbers.normalize("京AO1234"));
    }

    @Test
    void normalizeKeepsLetterI() {
        assertEquals("京AI1234", PlateNumbers.normalize("京a i1234"));
    }

    @Test
    void normalizeOfBlankIsEmpty() {
        assertEquals("", PlateNumbers.normalize(" \u3000 "));
    }

    // Valid plates

    @Test
    void ordinaryPlateIsValid() {
        PlateCheck result = PlateNumbers.check("浙B7G2K1");

        assertTrue(result.valid());
        assertEquals(PlateType.ORDINARY, result.type());
        assertNull(result.message());
    }

    @Test
    void ordinaryPlateOfDigitsIsValid() {
        assertEquals(PlateType.ORDINARY, PlateNumbers.check("京A12345").type());
    }

    @Test
    void newEnergySmallPlateIsValid() {
        PlateCheck result = PlateNumbers.check("皖AFK8612");

        assertTrue(result.valid());
        assertEquals(PlateType.NEW_ENERGY_SMALL, result.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"粤BD12345", "粤BF12345", "粤BA12345", "粤BH12345", "粤BJ12345", "粤BK12345"})
    void newEnergySmallPlateAcceptsEnergyLetters(String plate) {
        assertEquals(PlateType.NEW_ENERGY_SMALL, PlateNumbers.check(plate).type());
    }

    @Test
    void newEnergyLargePlateIsValid() {
        PlateCheck result = PlateNumbers.check("川A24680D");

        assertTrue(result.valid());
        assertEquals(PlateType.NEW_ENERGY_LARGE, result.type());
    }

    @Test
    void newEnergyLargePlateWithFIsValid() {
        assertEquals(PlateType.NEW_ENERGY_LARGE, PlateNumbers.check("鲁B13579F").type());
    }

    @Test
    void trailerPlateIsSpecial() {
        PlateCheck result = PlateNumbers.check("闽D1234挂");

        assertTrue(result.valid());
        assertEquals(PlateType.SPECIAL, result.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"京A0001警", "苏A1234学", "闽D1234挂", "粤Z1234港", "粤Z5678澳", "沪A1234领"})
    void specialSuffixPlateIsSpecial(String plate) {
        assertEquals(PlateType.SPECIAL, PlateNumbers.check(plate).type());
    }

    @Test
    void embassyPlateIsSpecial() {
        PlateCheck result = PlateNumbers.check("使123456");

        assertTrue(result.valid());
        assertEquals(PlateType.SPECIAL, result.type());
    }

    @Test
    void everyProvinceIsAccepted() {
        assertEquals(31, PlateNumbers.PROVINCES.length());
        for (char province : PlateNumbers.PROVINCES.toCharArray()) {
            String plate = province + "A12345";
            assertTrue(PlateNumbers.check(plate).valid(), plate);
        }
    }

    @Test
    void typedPlateIsValidAfterNormalize() {
        PlateCheck result = PlateNumbers.check(PlateNumbers.normalize(" 皖ａ·fk８６１２ "));

        assertEquals(PlateType.NEW_ENERGY_SMALL, result.type());
    }

    @Test
    void validResultHasNoProblem() {
        assertTrue(PlateNumbers.check("浙B7G2K1").problem().isEmpty());
    }

    // Invalid plates

    @Test
    void authorityLetterIIsRejected() {
        PlateCheck result = PlateNumbers.check("京I12345");

        assertFalse(result.valid());
        assertNull(result.type());
        assertEquals("Plate 京I12345 has I after the province: a letter A-Z other than I and O is expected",
                result.message());
    }

    @Test
    void authorityLetterOIsRejected() {
        assertFalse(PlateNumbers.check("京O12345").valid());
    }

    @Test
    void authorityDigitIsRejected() {
        assertFalse(PlateNumbers.check("京112345").valid());
    }

    @Test
    void shortPlateIsRejected() {
        PlateCheck result = PlateNumbers.check("沪A1234");

        assertFalse(result.valid());
        assertEquals("Plate 沪A1234 is too short: 7 characters expected (8 for new-energy plates)", result.message());
    }

    @Test
    void longPlateIsRejected() {
        PlateCheck result = PlateNumbers.check("沪A1234567");

        assertFalse(result.valid());
        assertEquals("Plate 沪A1234567 is too long: 7 characters expected (8 for new-energy plates)",
                result.message());
    }

    @Test
    void newEnergyWithTwoEnergyLettersIsRejected() {
        PlateCheck result = PlateNumbers.check("苏E1234DF");

        assertFalse(result.valid());
        assertTrue(result.message().startsWith("Plate 苏E1234DF has 8 characters but is not a valid new-energy plate"),
                result.message());
    }

    @Test
    void eightDigitsWithoutEnergyLetterAreRejected() {
        PlateCheck result = PlateNumbers.check("京A123456");

        assertFalse(result.valid());
        assertTrue(result.message().contains("Expected after 京A:"), result.message());
    }

    @Test
    void smallPlateEndingInLetterIsRejected() {
        assertFalse(PlateNumbers.check("粤BD1234A").valid());
    }

    @Test
    void newEnergySmallWithEnergyLetterLIsRejected() {
        assertFalse(PlateNumbers.check("粤BL12345").valid());
    }

    @Test
    void newEnergyLargeWithOtherLetterIsRejected() {
        assertFalse(PlateNumbers.check("川A24680E").valid());
    }

    @Test
    void newEnergyWithLetterOIsRejected() {
        PlateCheck result = PlateNumbers.check("皖AFO8612");

        assertFalse(result.valid());
        assertEquals("Plate 皖AFO8612 contains the letter O, which plates never use: enter the digit 0 if the plate"
                + " shows it", result.message());
    }

    @Test
    void ordinaryWithLetterOIsRejected() {
        PlateCheck result = PlateNumbers.check("京A1O234");

        assertFalse(result.valid());
        assertEquals("Plate 京A1O234 contains the letter O, which plates never use: enter the digit 0 if the plate"
                + " shows it", result.message());
    }

    @Test
    void ordinaryWithLetterIIsRejected() {
        PlateCheck result = PlateNumbers.check("京A1I234");

        assertEquals("Plate 京A1I234 contains the letter I, which plates never use: enter the digit 1 if the plate"
                + " shows it", result.message());
    }

    @Test
    void ordinaryWithSymbolIsRejected() {
        PlateCheck result = PlateNumbers.check("京A12#45");

        assertFalse(result.valid());
        assertEquals("Plate 京A12#45 contains #: only letters other than I and O and digits may follow the authority"
                + " letter", result.message());
    }

    @Test
    void lowerCaseIsRejectedWithoutNormalize() {
        assertFalse(PlateNumbers.check("浙b7g2k1").valid());
    }

    @Test
    void specialSuffixInMiddleIsRejected() {
        assertFalse(PlateNumbers.check("闽D12挂34").valid());
    }

    @Test
    void specialSuffixOnShortSerialIsRejected() {
        assertEquals("Plate 闽D123挂 is too short: 7 characters expected (8 for new-energy plates)",
                PlateNumbers.check("闽D123挂").message());
    }

    @Test
    void unknownProvinceIsRejected() {
        PlateCheck result = PlateNumbers.check("台A12345");

        assertFalse(result.valid());
        assertEquals("Plate 台A12345 starts with 台: a province abbreviation such as 京, 沪 or 粤 is expected",
                result.message());
    }

    @Test
    void missingProvinceIsRejected() {
        PlateCheck result = PlateNumbers.check("AB12345");

        assertEquals("Plate AB12345 starts with A: a province abbreviation such as 京, 沪 or 粤 is expected",
                result.message());
    }

    @ParameterizedTest
    @CsvSource({"使12345", "使1234567", "使12345A"})
    void malformedEmbassyPlateIsRejected(String plate) {
        PlateCheck result = PlateNumbers.check(plate);

        assertFalse(result.valid());
        assertEquals("Plate " + plate + " is not a valid embassy plate: 使 followed by 6 digits is expected",
                result.message());
    }

    @Test
    void nullPlateIsMissing() {
        assertEquals("Plate number is missing", PlateNumbers.check(null).message());
    }

    @Test
    void emptyPlateIsMissing() {
        assertEquals("Plate number is missing", PlateNumbers.check("").message());
    }

    @Test
    void normalizedBlankPlateIsMissing() {
        assertEquals("Plate number is missing", PlateNumbers.check(PlateNumbers.normalize("  ")).message());
    }

    @Test
    void invalidResultHasErrorProblem() {
        FieldProblem problem = PlateNumbers.check("沪A1234").problem().orElseThrow();

        assertTrue(problem.isError());
        assertEquals("Plate 沪A1234 is too short: 7 characters expected (8 for new-energy plates)", problem.message());
    }

    // Result invariants

    @Test
    void validResultWithoutTypeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PlateCheck(true, null, null));
    }

    @Test
    void invalidResultWithoutMessageIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PlateCheck(false, null, null));
    }
}
