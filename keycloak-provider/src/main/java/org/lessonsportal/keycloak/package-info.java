/**
 * What the portal adds to the Keycloak server (not to the portal application): loaded by Keycloak from its
 * {@code providers} folder, where the build and {@code ./portal run} copy this module's jar.
 */
package org.lessonsportal.keycloak;
