/**
 * The Lessons Portal application: the Spring Boot entry point, in the root package so that component scanning covers
 * every module.
 */
package org.lessonsportal;
