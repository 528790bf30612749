package io.autoshop.api.staff;

import java.time.OffsetDateTime;

/**
 * An entry of the shop's skill catalogue, for example 发动机 or 新能源高压.
 *
 * @param id database id
 * @param name the skill name as employees and service items spell it
 * @param createdAt creation time in shop time
 */
public record Skill(long id, String name, OffsetDateTime createdAt) {
}
