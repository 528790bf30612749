/**
 * Customer notices: the channel extension point through which plugins deliver notices, and the records that
 * the core hands to a channel.
 */
@Version("1.1.0")
package io.autoshop.api.notice;

import org.osgi.annotation.versioning.Version;
