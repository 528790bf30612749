package io.autoshop.core.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaticFilesTest {

    @ParameterizedTest
    @CsvSource({ "/index.html,index.html", "/app/screens/BoardScreen.js,app/screens/BoardScreen.js",
            "icon.svg,icon.svg" })
    void acceptsPlainRelativePaths(String path, String relative) {
        assertEquals(Optional.of(relative), StaticFiles.safeRelativePath(path));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "/", "/app/", "/../etc/users.properties", "/app/../../x", "/./index.html",
            "/app//main.js", "/app\\main.js", "/a\0b" })
    void rejectsPathsThatCouldLeaveTheFolder(String path) {
        assertTrue(StaticFiles.safeRelativePath(path).isEmpty(), path);
    }

    @ParameterizedTest
    @CsvSource({ "index.html,text/html;charset=UTF-8", "app/main.js,text/javascript;charset=UTF-8",
            "css/console.css,text/css;charset=UTF-8", "i18n/zh-CN.json,application/json;charset=UTF-8",
            "favicon.svg,image/svg+xml", "LICENSE,application/octet-stream", "lib.v2/README,application/octet-stream",
            "IMAGE.PNG,image/png" })
    void picksContentTypeByExtension(String name, String type) {
        assertEquals(type, StaticFiles.contentType(name));
    }

    @ParameterizedTest
    @CsvSource({ "/console,index.html,/console/index.html", "console/,a/b.js,/console/a/b.js",
            "/,index.html,/index.html" })
    void joinsFolderAndPath(String folder, String relative, String entry) {
        assertEquals(entry, StaticFiles.entryPath(folder, relative));
    }
}
