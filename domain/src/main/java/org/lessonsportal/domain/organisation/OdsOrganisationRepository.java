package org.lessonsportal.domain.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface OdsOrganisationRepository extends JpaRepository<OdsOrganisation, String> {
}
