/**
 * The search page: words, facets and the list of matching published lessons.
 */
package org.lessonsportal.portal.search.ui;
