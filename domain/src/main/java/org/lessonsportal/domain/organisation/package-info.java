/**
 * NHS organisations and the members who sign in from them, as the identity provider reports them at sign-in.
 */
package org.lessonsportal.domain.organisation;
