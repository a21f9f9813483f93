/**
 * Running the portal from the command line to import a lessons file instead of serving pages.
 */
package org.lessonsportal.portal.cli;
