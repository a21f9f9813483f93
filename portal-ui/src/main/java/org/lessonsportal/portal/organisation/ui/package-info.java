/**
 * Organisations' pages ({@code organisations/ZZ1}: lessons, reuse, help offered, pairings), and the page for people signed in without an NHS organisation, with the organisation step: they ask once to join
 * their organisation and an administrator of it confirms (docs/adr/0049). The administrators' side is the admin
 * pages' "Join requests".
 */
package org.lessonsportal.portal.organisation.ui;
