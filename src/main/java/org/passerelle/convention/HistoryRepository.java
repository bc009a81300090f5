package org.passerelle.convention;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface HistoryRepository extends ListCrudRepository<HistoryEntry, Long> {

	List<HistoryEntry> findByConventionIdOrderByAtDescIdDesc(long conventionId);

}
