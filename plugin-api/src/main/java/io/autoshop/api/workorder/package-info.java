/**
 * Work orders, their workflow, labour and parts lines, payments and history.
 */
@Version("1.1.0")
package io.autoshop.api.workorder;

import org.osgi.annotation.versioning.Version;
