/**
 * What every domain feature shares: the actor a service acts for, roles, the plain-English domain exceptions, and the
 * id and lesson id every table kept about a lesson starts with ({@link org.lessonsportal.domain.shared.LessonRow}).
 */
package org.lessonsportal.domain.shared;
