/**
 * The search page: words, facets and the list of matching published lessons; and a search as an address
 * ({@link org.lessonsportal.portal.search.ui.SearchLinks}), which other pages use to link to a search.
 */
package org.lessonsportal.portal.search.ui;
