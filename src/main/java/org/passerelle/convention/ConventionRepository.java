package org.passerelle.convention;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ConventionRepository extends JpaRepository<Convention, Long>, JpaSpecificationExecutor<Convention> {

	boolean existsByReferenceIgnoreCaseAndEdition(String reference, int edition);

	boolean existsByReferenceIgnoreCaseAndEditionAndIdNot(String reference, int edition, long id);

	@Query("select max(c.edition) from Convention c where lower(c.reference) = lower(:reference)")
	Optional<Integer> lastEdition(String reference);

	@Query("select distinct c from Convention c join c.parties p where p.organisationId = :organisationId "
			+ "order by c.startsOn desc nulls last, c.id desc")
	List<Convention> findByParty(long organisationId);

	@Query("select c from Convention c where c.status in :statuses and c.watchOn between :from and :to "
			+ "and (c.renewalNoticeFor is null or c.renewalNoticeFor <> c.watchOn) order by c.watchOn, c.id")
	List<Convention> findDueForRenewalNotice(Collection<ConventionStatus> statuses, LocalDate from, LocalDate to);

	@Query("select c from Convention c where c.status in :statuses and c.tacitRenewal = false "
			+ "and c.endsOn < :today order by c.id")
	List<Convention> findEndedBefore(Collection<ConventionStatus> statuses, LocalDate today);

	@Query("select c.id from Convention c where c.previous.id = :id order by c.edition")
	List<Long> findRenewalIds(long id);

}
