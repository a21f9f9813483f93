/**
 * Finding published lessons: the Hibernate Search mapping and analysis, the queries, facets and ranking by meaning,
 * synonyms, and keeping the index filled.
 */
package org.lessonsportal.domain.search;
