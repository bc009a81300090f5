package org.passerelle.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the directory.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository organisations;

	Organisations(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	public Optional<Organisation> find(long id) {
		return this.organisations.findById(id);
	}

	public Optional<Organisation> findByName(String name) {
		return this.organisations.findFirstByNameIgnoreCase(name);
	}

	/** Active institutions, by name: the choices for a staff member's office. */
	public List<Organisation> institutions() {
		return this.organisations.findByActiveTrueAndKindInOrderByName(OrganisationKind.institutions());
	}

	/** Active partner organisations, by name: the choices for a liaison's company. */
	public List<Organisation> partners() {
		return this.organisations.findByActiveTrueAndKindInOrderByName(OrganisationKind.partners());
	}

	/** The named organisations, by id, in one query. */
	public Map<Long, Organisation> byIds(Collection<Long> ids) {
		return this.organisations.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Function.identity()));
	}

}
