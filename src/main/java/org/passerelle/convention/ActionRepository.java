package org.passerelle.convention;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionRepository extends JpaRepository<Action, Long> {

	/**
	 * Open actions carried by a person of the portal, due between the two days, whose
	 * owner was not yet reminded of that due date.
	 */
	@Query("select a from Action a join fetch a.axis x join fetch x.convention "
			+ "where a.ownerAccountId is not null and a.status in :open "
			+ "and a.dueOn between :from and :to and (a.remindedFor is null or a.remindedFor <> a.dueOn) "
			+ "order by a.dueOn, a.id")
	List<Action> findDueForReminder(Collection<ActionStatus> open, LocalDate from, LocalDate to);

}
