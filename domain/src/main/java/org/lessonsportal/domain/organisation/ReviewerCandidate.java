package org.lessonsportal.domain.organisation;

/**
 * Someone {@link ReviewerPoolService#candidates} found who may be asked to review a lesson: only what ranking them
 * needs.
 *
 * @param expertiseMatches whether their expertise includes the lesson's project type
 */
public record ReviewerCandidate(Long memberId, String name, boolean expertiseMatches) {
}
