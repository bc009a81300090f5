package org.passerelle.thirdplace;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HostingRequestRepository extends JpaRepository<HostingRequest, Long> {

	List<HostingRequest> findByOrganisationIdOrderByStartsOnDescIdDesc(long organisationId);

	@Query("select r from HostingRequest r order by case when r.status in ('SUBMITTED', 'UNDER_REVIEW') then 0 else 1 end, r.startsOn desc, r.id desc")
	List<HostingRequest> findAllForDecision();

	@Query("select r from HostingRequest r where r.siteId in :siteIds or r.siteId is null order by case when r.status in ('SUBMITTED', 'UNDER_REVIEW') then 0 else 1 end, r.startsOn desc, r.id desc")
	List<HostingRequest> findForSitesOrAny(Collection<Long> siteIds);

	@Query("select r from HostingRequest r where r.siteId = :siteId and r.status in :statuses order by r.startsOn, r.id")
	List<HostingRequest> findBySiteIdAndStatusIn(long siteId, Collection<HostingStatus> statuses);

	boolean existsByOrganisationIdAndSiteIdAndStatusIn(long organisationId, Long siteId,
			Collection<HostingStatus> statuses);

	@Query("select s.institutionId from Site s where s.id = :siteId")
	Optional<Long> findSiteInstitution(long siteId);

}
