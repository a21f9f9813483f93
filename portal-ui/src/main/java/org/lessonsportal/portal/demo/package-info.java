/**
 * For the embedded demo: realistic, fictional lessons loaded when none is published yet, so there is something to find
 * and read.
 */
package org.lessonsportal.portal.demo;
