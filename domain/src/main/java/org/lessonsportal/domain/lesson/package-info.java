/**
 * Lessons and their life from draft to published or archived: the lesson entity, its policy (who may do what in which
 * state), validation and patient-data checks, and import and export in the lessons-exchange format.
 */
package org.lessonsportal.domain.lesson;
