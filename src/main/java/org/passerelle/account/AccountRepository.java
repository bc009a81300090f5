package org.passerelle.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.passerelle.shared.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByEmailAndIdNot(String email, long id);

	Page<Account> findAllByOrderByDisplayName(Pageable pageable);

	boolean existsByRoleAndActiveTrue(Role role);

	List<Account> findByRoleAndOrganisationIdAndActiveTrueOrderByEmail(Role role, Long organisationId);

}
