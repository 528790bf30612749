/**
 * Employees of the shop, their roles and skills, and the skill catalogue.
 */
@Version("1.1.0")
package io.autoshop.api.staff;

import org.osgi.annotation.versioning.Version;
