package org.lessonsportal.domain.organisation;

/**
 * What one directory sync did.
 *
 * @param organisations organisations created or brought up to date
 * @param created       people the portal did not know before
 * @param known         people it knew already, brought up to date
 * @param retired       people who lost their roles and memberships: they never signed in and are no longer listed, or
 *                      their username now belongs to someone else in the directory
 */
public record DirectorySyncResult(int organisations, int created, int known, int retired) {
}
