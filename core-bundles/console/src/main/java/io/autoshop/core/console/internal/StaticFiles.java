package io.autoshop.core.console.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Path checks and content types for the files that the console serves from bundles.
 */
final class StaticFiles {

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=UTF-8"),
            Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("mjs", "text/javascript;charset=UTF-8"),
            Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("json", "application/json;charset=UTF-8"),
            Map.entry("txt", "text/plain;charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"));

    private static final String FALLBACK_TYPE = "application/octet-stream";

    private StaticFiles() {
    }

    /**
     * Returns the relative path of a requested file without its leading slash, or empty when the path could leave
     * the served folder or names a folder.
     */
    static Optional<String> safeRelativePath(String path) {
        if (path == null || path.isEmpty() || path.endsWith("/") || path.contains("\\") || path.contains("//")
                || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        String relative = path.startsWith("/") ? path.substring(1) : path;
        for (String segment : relative.split("/")) {
            if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(relative);
    }

    /** Returns the content type of a file name by its extension. */
    static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || name.lastIndexOf('/') > dot) {
            return FALLBACK_TYPE;
        }
        return CONTENT_TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), FALLBACK_TYPE);
    }

    /** Joins a folder of a bundle and a relative path into an entry path that starts with a slash. */
    static String entryPath(String folder, String relative) {
        String base = folder.startsWith("/") ? folder : "/" + folder;
        return base.endsWith("/") ? base + relative : base + "/" + relative;
    }
}
