/**
 * The administrators' pages: organisations, members and reviewers, running reviews, imports and exports, and search
 * settings.
 */
package org.lessonsportal.portal.admin.ui;
