/**
 * Who is signed in: sign-in through Keycloak (OpenID Connect), API tokens, sessions, the roles and organisations taken
 * from the identity provider, and the browser security headers.
 */
package org.lessonsportal.identity;
