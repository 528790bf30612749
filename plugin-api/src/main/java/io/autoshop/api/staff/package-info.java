/**
 * Employees of the shop and their roles and skills.
 */
@Version("1.0.0")
package io.autoshop.api.staff;

import org.osgi.annotation.versioning.Version;
