/**
 * What every domain feature shares: the actor a service acts for, roles, the plain-English domain exceptions, the
 * id and lesson id every table kept about a lesson starts with ({@link org.lessonsportal.domain.shared.LessonRow}),
 * the generated id and lost-update guard of other tables ({@link org.lessonsportal.domain.shared.GeneratedIdRow},
 * {@link org.lessonsportal.domain.shared.VersionedRow}),
 * and the CSV reader the spreadsheet and ODS imports both use ({@link org.lessonsportal.domain.shared.CsvParser}).
 */
package org.lessonsportal.domain.shared;
