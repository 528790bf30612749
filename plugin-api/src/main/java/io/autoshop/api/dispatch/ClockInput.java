package io.autoshop.api.dispatch;

/**
 * A start or stop of a job clock.
 */
public record ClockInput(ClockAction action) {
}
