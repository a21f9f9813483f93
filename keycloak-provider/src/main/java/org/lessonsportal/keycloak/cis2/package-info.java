/**
 * NHS Care Identity Service 2 (CIS2) through Keycloak brokering: the {@code nhs-cis2} identity provider's mapper,
 * which checks the assurance level reached, records the organisation of the role chosen at sign-in and keeps the
 * person's Keycloak Organization memberships in step with their national RBAC roles (docs/adr/0045).
 */
package org.lessonsportal.keycloak.cis2;
