/**
 * NHS organisations and the members who sign in from them, as the identity provider reports them at sign-in, and the
 * NHS Organisation Data Service (ODS) reference data administrators import ({@link
 * org.lessonsportal.domain.organisation.OdsReferenceService}), whose names, types, regions and parent ICBs win over
 * the sign-in token's for the codes it lists.
 */
package org.lessonsportal.domain.organisation;
