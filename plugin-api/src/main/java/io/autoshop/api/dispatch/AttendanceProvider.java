package io.autoshop.api.dispatch;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Source of attendance, published as an OSGi service by an attendance plugin. The core works without one;
 * when several are registered, the one with the highest service ranking is used.
 */
@ConsumerType
public interface AttendanceProvider {

    /**
     * Returns the attendance of each given employee on a shop-time day. Employees missing from the result count
     * as {@link AttendanceStatus#UNKNOWN}.
     */
    Map<Long, AttendanceStatus> attendance(Collection<Long> employeeIds, LocalDate day);
}
