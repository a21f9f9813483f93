package org.lessonsportal.portal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lessons.demo-data}: whether the embedded demo loads its fictional lessons ({@link DemoLessons}) and its
 * fictional ODS sample ({@link DemoOrganisations});
 * {@code ./portal run} sets it when it runs without an external database. Off unless set.
 *
 * @param demoData load the demo lessons when no lesson is published yet, and the ODS sample at every start
 */
@ConfigurationProperties("lessons")
record DemoSettings(boolean demoData) {
}
