package io.autoshop.api.dispatch;

/**
 * Action of a technician on the job clock of a labour line.
 */
public enum ClockAction {
    START,
    STOP
}
