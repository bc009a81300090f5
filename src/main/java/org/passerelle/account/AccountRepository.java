package org.passerelle.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.passerelle.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	List<Account> findByOrganisationIdInAndActiveTrue(Collection<Long> organisationIds);

	boolean existsByEmail(String email);

	boolean existsByEmailAndIdNot(String email, long id);

	@Query("""
			select a from Account a
			where (:role is null or a.role = :role)
			  and (:pattern = '%' or lower(a.email) like :pattern or lower(a.displayName) like :pattern)
			order by a.active desc, a.displayName, a.id""")
	Page<Account> search(String pattern, @Nullable Role role, Pageable pageable);

	boolean existsByRoleAndActiveTrue(Role role);

	List<Account> findByRoleAndOrganisationIdAndActiveTrueOrderByEmail(Role role, Long organisationId);

}
