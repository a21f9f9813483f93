package org.lessonsportal.domain.search;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VocabularyVersionRepository extends JpaRepository<VocabularyVersion, Long> {

    /** The version in use: the newest. */
    Optional<VocabularyVersion> findFirstByOrderByNumberDesc();
}
