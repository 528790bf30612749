/**
 * Dispatch of work to technicians: standard service items, technician suggestions and the strategy that ranks
 * them, the optional attendance source, task lists, job clocks and the workload view.
 */
@Version("1.0.0")
package io.autoshop.api.dispatch;

import org.osgi.annotation.versioning.Version;
