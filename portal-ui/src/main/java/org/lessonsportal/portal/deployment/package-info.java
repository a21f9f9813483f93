/**
 * Settings derived before the application starts: the embedded database for a portal on one machine, and which reverse
 * proxy's forwarded headers to believe.
 */
package org.lessonsportal.portal.deployment;
