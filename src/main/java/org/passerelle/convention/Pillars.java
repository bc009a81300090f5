package org.passerelle.convention;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.KeptUntilChange;
import org.passerelle.shared.NotFoundException;

/**
 * The pillars administrators keep: created, renamed, recoloured, reordered, retired and
 * restored; deleted only while no convention uses them. Every change is refused to anyone
 * but an administrator ({@link ConventionPermissions#canManagePillars}), whichever path
 * calls it.
 */
@Service
@Transactional
public class Pillars {

	/** The same rule as {@link ConventionPermissions#canManagePillars}. */
	static final String MANAGERS = "hasRole('ADMIN')";

	private final PillarRepository pillars;

	/** Kept for every page's filters and labels until a pillar is written. */
	private final KeptUntilChange<List<Pillar>> all;

	Pillars(PillarRepository pillars) {
		this.pillars = pillars;
		this.all = new KeptUntilChange<>(Duration.ofMinutes(1), () -> List.copyOf(pillars.findAllByOrderByPosition()),
				Pillar.class);
	}

	/**
	 * All pillars, retired ones included, in their order (kept until one changes: read
	 * them, do not change them).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Pillar> all() {
		return this.all.get();
	}

	/** The pillars a convention may be given. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Pillar> offered() {
		return all().stream().filter((pillar) -> !pillar.isRetired()).toList();
	}

	@Transactional(readOnly = true)
	public Pillar get(long id) {
		return this.pillars.findById(id).orElseThrow(() -> new NotFoundException("Pillar", id));
	}

	/**
	 * The ids of the pillars conventions use, in two queries however many pillars there
	 * are.
	 */
	@Transactional(readOnly = true)
	public Set<Long> inUse() {
		Set<Long> used = new HashSet<>(this.pillars.findIdsUsedByConventions());
		used.addAll(this.pillars.findIdsUsedByAxes());
		return used;
	}

	@Transactional(readOnly = true)
	public boolean isInUse(long id) {
		return this.pillars.isUsedByAConvention(id) || this.pillars.isUsedByAnAxis(id);
	}

	@PreAuthorize(MANAGERS)
	public Pillar create(PillarDetails details) {
		checkNames(details, -1);
		return this.pillars.save(new Pillar(details, this.pillars.maxPosition() + 1));
	}

	@PreAuthorize(MANAGERS)
	public Pillar update(long id, long expectedVersion, PillarDetails details) {
		Pillar pillar = get(id);
		if (pillar.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Pillar.class, id);
		}
		checkNames(details, id);
		pillar.update(details);
		return this.pillars.saveAndFlush(pillar);
	}

	/** Moves a pillar one place up (towards the first) or down. */
	@PreAuthorize(MANAGERS)
	public void move(long id, boolean up) {
		List<Pillar> ordered = this.pillars.findAllByOrderByPosition();
		int index = -1;
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).getId() == id) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NotFoundException("Pillar", id);
		}
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= ordered.size()) {
			return;
		}
		Pillar moved = ordered.remove(index);
		ordered.add(other, moved);
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).setPosition(i + 1);
		}
	}

	@PreAuthorize(MANAGERS)
	public void retire(long id) {
		get(id).retire();
	}

	@PreAuthorize(MANAGERS)
	public void restore(long id) {
		get(id).restore();
	}

	/**
	 * Deletes a pillar no convention uses.
	 * @throws PillarInUseException if a convention uses it
	 */
	@PreAuthorize(MANAGERS)
	public void delete(long id) {
		Pillar pillar = get(id);
		if (isInUse(id)) {
			throw new PillarInUseException(id);
		}
		this.pillars.delete(pillar);
	}

	private void checkNames(PillarDetails details, long id) {
		if (this.pillars.existsByNameFrIgnoreCaseAndIdNot(details.nameFr().strip(), id)) {
			throw new PillarNameTakenException("nameFr");
		}
		if (this.pillars.existsByNameEnIgnoreCaseAndIdNot(details.nameEn().strip(), id)) {
			throw new PillarNameTakenException("nameEn");
		}
	}

}
