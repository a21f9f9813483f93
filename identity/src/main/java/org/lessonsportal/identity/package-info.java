/**
 * Who is signed in: sign-in through Keycloak (OpenID Connect), API tokens, sessions, the roles and organisations taken
 * from the identity provider, the browser security headers, and the directory sync that brings organisations and
 * people in from Keycloak before they first sign in.
 */
package org.lessonsportal.identity;
