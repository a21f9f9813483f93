package org.lessonsportal.domain.lesson;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalInstanceRepository extends JpaRepository<PortalInstance, Integer> {
}
