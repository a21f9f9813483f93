/**
 * The page where members manage the types of project and saved searches they follow.
 */
package org.lessonsportal.portal.follow.ui;
