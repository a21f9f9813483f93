/**
 * The audit trail of lessons: every change of state and every decision, who made it, when and why.
 */
package org.lessonsportal.domain.audit;
