package org.lessonsportal.domain.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionReplyDraftRepository extends JpaRepository<RevisionReplyDraftEntry, Long> {
}
