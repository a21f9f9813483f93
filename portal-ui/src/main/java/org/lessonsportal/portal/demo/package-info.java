/**
 * For the embedded demo: realistic, fictional lessons loaded when none is published yet, so there is something to find
 * and read, and a fictional sample of the ODS files that gives the demo's organisations their names, types, regions
 * and ICBs.
 */
package org.lessonsportal.portal.demo;
