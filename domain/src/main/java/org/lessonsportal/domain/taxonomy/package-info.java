/**
 * The fixed vocabularies lessons are classified by (project type, challenge type, care setting, region), each value
 * with a stable code and a label for people.
 */
package org.lessonsportal.domain.taxonomy;
