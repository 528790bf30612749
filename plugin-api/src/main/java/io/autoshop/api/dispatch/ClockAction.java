package io.autoshop.api.dispatch;

/**
 * What a technician does with the job clock of a labour line.
 */
public enum ClockAction {
    START,
    STOP
}
