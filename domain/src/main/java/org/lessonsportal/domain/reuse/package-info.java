/**
 * "We are using this": organisations record that they are reusing a published lesson of another organisation, and
 * everyone sees how many organisations reuse a lesson and which. The door is {@link
 * org.lessonsportal.domain.reuse.LessonReuseService}.
 */
package org.lessonsportal.domain.reuse;
