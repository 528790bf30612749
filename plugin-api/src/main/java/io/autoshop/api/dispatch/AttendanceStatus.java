package io.autoshop.api.dispatch;

/**
 * Whether an employee is at work on a given day, as an {@link AttendanceProvider} reports it.
 */
public enum AttendanceStatus {
    /** Clocked in or scheduled and not reported missing. */
    PRESENT,
    /** Absent or on leave for the day. */
    ABSENT,
    /** The provider has no record for the employee and day. */
    UNKNOWN
}
