package org.lessonsportal.domain.search;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VocabularyVersionRepository extends JpaRepository<VocabularyVersion, Long> {

    /** The version in use: the newest. */
    Optional<VocabularyVersion> findFirstByOrderByNumberDesc();

    /** The newest version's number, without its text; {@code null} when none was saved. */
    @Query("select max(v.number) from VocabularyVersion v")
    Integer newestNumber();
}
