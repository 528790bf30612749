package io.autoshop.core.inventory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.autoshop.api.FieldErrors;
import io.autoshop.api.inventory.BinLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinLocationsTest {

    @Test
    void parsesThreeSegments() {
        FieldErrors errors = new FieldErrors();

        BinLocation location = BinLocations.parse(errors, "location", " 主库 / A3 / 02 ");

        assertEquals(new BinLocation("主库", "A3", "02"), location);
        assertTrue(errors.isEmpty());
    }

    @Test
    void parsesDashSeparatedDemoLocation() {
        BinLocation location = BinLocations.parse(new FieldErrors(), "location", "A-03-02");

        assertEquals(new BinLocation("A", "03", "02"), location);
    }

    @Test
    void fillsSegmentsFromTheLeft() {
        BinLocation location = BinLocations.parse(new FieldErrors(), "location", "主库/A3");

        assertEquals(new BinLocation("主库", "A3", null), location);
    }

    @Test
    void normalisesFullWidthSeparators() {
        BinLocation location = BinLocations.parse(new FieldErrors(), "location", "主库／Ａ3／02");

        assertEquals("主库/A3/02", location.label());
    }

    @Test
    void blankTextIsNoLocation() {
        FieldErrors errors = new FieldErrors();

        assertNull(BinLocations.parse(errors, "location", "  "));
        assertTrue(errors.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b/c/d", "主库//02", "/A3/02", "主库/A3/"})
    void rejectsMalformedText(String text) {
        FieldErrors errors = new FieldErrors();

        BinLocations.parse(errors, "location", text);

        assertFalse(errors.isEmpty());
    }

    @Test
    void rejectsBinWithoutShelf() {
        FieldErrors errors = new FieldErrors();

        BinLocations.check(errors, "binLocation", new BinLocation("主库", null, "02"));

        assertFalse(errors.isEmpty());
    }

    @Test
    void readsLegacyFreeTextAsWarehouse() {
        PartEntity part = new PartEntity();
        part.location = "靠窗货架第二层/左/3/x";

        assertEquals(new BinLocation("靠窗货架第二层/左/3/x", null, null), BinLocations.of(part));
    }
}
