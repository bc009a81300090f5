package org.passerelle.convention;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<ConventionDocument, Long> {

	List<ConventionDocument> findByConventionIdOrderByKindDescCreatedAtAsc(long conventionId);

}
