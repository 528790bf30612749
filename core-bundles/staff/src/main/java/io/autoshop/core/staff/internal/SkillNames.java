package io.autoshop.core.staff.internal;

import io.autoshop.api.FieldErrors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rules for skill names: at most {@value #MAX_LENGTH} characters without commas, because employees store their
 * skills joined by commas, and matched against the catalogue ignoring case.
 */
final class SkillNames {

    static final int MAX_LENGTH = 30;
    static final int MAX_SKILLS = 30;

    /** Skills the catalogue starts with: engine, electrical, bodywork, paint, tyres, AC, chassis, EV high voltage. */
    static final List<String> DEFAULTS = List.of("发动机", "电路", "钣金", "喷漆", "轮胎", "空调", "底盘", "新能源高压");

    private SkillNames() {
    }

    /**
     * Returns the catalogue key of a name: the stripped name in upper case.
     */
    static String key(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Returns the stripped name, or records a problem when it is blank, too long or contains a comma.
     */
    static String check(FieldErrors errors, String field, String name) {
        if (name == null || name.isBlank()) {
            errors.add(field, "must not be blank");
            return null;
        }
        String stripped = name.strip();
        if (stripped.contains(",")) {
            errors.add(field, "skill '" + stripped + "' must not contain a comma");
            return null;
        }
        if (stripped.length() > MAX_LENGTH) {
            errors.add(field, "skill '" + stripped + "' is longer than " + MAX_LENGTH + " characters");
            return null;
        }
        return stripped;
    }

    /**
     * Returns the catalogue spelling of each name without duplicates, and records a problem for each name that
     * is invalid or not in the catalogue.
     *
     * @param catalogue catalogue names by {@link #key}
     */
    static List<String> match(FieldErrors errors, String field, List<String> names, Map<String, String> catalogue) {
        Set<String> result = new LinkedHashSet<>();
        if (names == null) {
            return List.of();
        }
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            String stripped = check(errors, field, name);
            if (stripped == null) {
                continue;
            }
            String known = catalogue.get(key(stripped));
            if (known == null) {
                unknown.add(stripped);
            } else {
                result.add(known);
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(field, "unknown skills " + unknown + "; add them with POST /api/v1/skills first");
        }
        if (result.size() > MAX_SKILLS) {
            errors.add(field, "must have at most " + MAX_SKILLS + " entries, got " + result.size());
        }
        return List.copyOf(result);
    }

    /**
     * Splits the comma-joined skills of an employee row.
     */
    static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return List.of(joined.split(","));
    }
}
