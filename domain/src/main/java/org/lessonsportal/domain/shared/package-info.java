/**
 * What every domain feature shares: the actor a service acts for, roles, the plain-English domain exceptions, the
 * id and lesson id every table kept about a lesson starts with ({@link org.lessonsportal.domain.shared.LessonRow}),
 * and the CSV reader the spreadsheet and ODS imports both use ({@link org.lessonsportal.domain.shared.CsvParser}).
 */
package org.lessonsportal.domain.shared;
