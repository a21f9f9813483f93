package org.lessonsportal.portal.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page that people signed in without an organisation may open: public pages, and reading published lessons
 * (search, a lesson's page, the playbook). Everything else sends them to the page that explains what to do
 * ({@link OrganisationGuard}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OpenWithoutOrganisation {
}
