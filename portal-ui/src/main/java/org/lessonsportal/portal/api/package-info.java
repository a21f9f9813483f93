/**
 * The portal's REST API for other systems (lessons, search, import) and the Atom feed of recently published lessons.
 */
package org.lessonsportal.portal.api;
