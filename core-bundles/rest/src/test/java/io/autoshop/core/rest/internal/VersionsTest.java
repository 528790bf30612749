package io.autoshop.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.ws.rs.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionsTest {

    @Test
    void missingOrAnyHeaderSkipsTheCheck() {
        assertNull(Versions.parseIfMatch(null));
        assertNull(Versions.parseIfMatch(""));
        assertNull(Versions.parseIfMatch("   "));
        assertNull(Versions.parseIfMatch("*"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"3\"", "3", "W/\"3\"", "w/\"3\"", " \"3\" ", "W/ \"3\"", "\" 3 \"" })
    void acceptsQuotedBareAndWeakVersions(String header) {
        assertEquals(3L, Versions.parseIfMatch(header));
    }

    @Test
    void readsLargeVersions() {
        assertEquals(123456789012345678L, Versions.parseIfMatch("\"123456789012345678\""));
        assertEquals(0L, Versions.parseIfMatch("\"0\""));
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "\"abc\"", "-1", "\"-1\"", "3.0", "\"3\", \"4\"", "\"", "\"\"", "W/",
        "1234567890123456789", "\"3", "0x10" })
    void rejectsAnythingElseWithBadRequest(String header) {
        BadRequestException e = assertThrows(BadRequestException.class, () -> Versions.parseIfMatch(header));
        assertEquals(400, e.getResponse().getStatus());
    }

    @Test
    void etagIsTheQuotedVersion() {
        assertEquals("\"7\"", Versions.etag(7).toString());
    }
}
