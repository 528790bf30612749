package io.autoshop.api.staff;

/**
 * A skill to add to the catalogue.
 */
public record SkillInput(String name) {
}
