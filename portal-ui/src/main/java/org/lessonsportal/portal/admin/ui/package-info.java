/**
 * The administrators' pages: organisations, members and reviewers, running reviews, imports and exports, the ODS
 * reference data import, search settings, and requests to join an organisation.
 */
package org.lessonsportal.portal.admin.ui;
