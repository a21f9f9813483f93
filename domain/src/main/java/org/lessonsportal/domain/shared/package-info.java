/**
 * What every domain feature shares: the actor a service acts for, roles, and the plain-English domain exceptions.
 */
package org.lessonsportal.domain.shared;
