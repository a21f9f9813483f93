/**
 * The administrators' pages: organisations, members and reviewers, running reviews, imports and exports, the ODS
 * reference data import, and search settings.
 */
package org.lessonsportal.portal.admin.ui;
