package org.passerelle.convention;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;

/**
 * Conventions drawn up for tests through the real services, with the demo directory and
 * accounts.
 */
@Component
public class ConventionFixtures {

	private final ConventionService service;

	private final ConventionRepository conventions;

	private final Pillars pillars;

	private final Organisations organisations;

	private final UserDetailsService users;

	ConventionFixtures(ConventionService service, ConventionRepository conventions, Pillars pillars,
			Organisations organisations, UserDetailsService users) {
		this.service = service;
		this.conventions = conventions;
		this.pillars = pillars;
		this.organisations = organisations;
		this.users = users;
	}

	public PasserelleUser user(String email) {
		return (PasserelleUser) this.users.loadUserByUsername(email);
	}

	public PasserelleUser admin() {
		return user("admin@demo.passerelle");
	}

	public PasserelleUser staff() {
		return user("staff@demo.passerelle");
	}

	public PasserelleUser liaison() {
		return user("liaison@demo.passerelle");
	}

	public long organisation(String name) {
		return this.organisations.findByName(name).orElseThrow().getId();
	}

	public long amu() {
		return organisation("Aix-Marseille Université");
	}

	/** A new pillar, created as an administrator (the only ones who may). */
	public Pillar newPillar(PillarDetails details) {
		PasserelleUser admin = admin();
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return this.pillars.create(details);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public long pillar(String englishName) {
		return this.pillars.all()
			.stream()
			.filter((pillar) -> pillar.getNameEn().equals(englishName))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	public static String uniqueReference(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	public long version(long id) {
		return this.conventions.findById(id).orElseThrow().getVersion();
	}

	/** A draft of AMU with the given partners and no pillar. */
	public Convention draft(String title, Confidentiality confidentiality, String... partners) {
		Convention convention = this.service.create(title, uniqueReference("TEST"), confidentiality,
				"Summary of " + title, amu(), admin());
		List<Long> partnerIds = java.util.Arrays.stream(partners).map(this::organisation).toList();
		return this.service.changeParties(convention.getId(), convention.getVersion(), List.of(amu()), partnerIds,
				admin());
	}

	/** Gives the convention the named pillars, each with one axis. */
	public Convention withPillars(long id, String... englishNames) {
		Map<Long, AxisDetails> axes = new LinkedHashMap<>();
		for (String name : englishNames) {
			axes.put(pillar(name), new AxisDetails("Axis of " + name, "Objectives of " + name));
		}
		return this.service.changePillars(id, version(id), axes.keySet(), axes, admin());
	}

	public Convention withDates(long id, LocalDate startsOn, LocalDate endsOn, Integer noticeMonths) {
		return this.service.changeDates(id, version(id),
				new ConventionDates(startsOn, startsOn, endsOn, false, noticeMonths != null, noticeMonths), List.of(),
				admin());
	}

	public Convention moveTo(long id, ConventionStatus... statuses) {
		Convention convention = null;
		for (ConventionStatus status : statuses) {
			convention = (status == ConventionStatus.TERMINATED)
					? this.service.terminate(id, version(id), LocalDate.now(), "Ended by both parties", admin())
					: this.service.transition(id, version(id), status, admin());
		}
		return convention;
	}

	/**
	 * An active, signed convention of AMU with the given partners, ending on the given
	 * day.
	 */
	public Convention active(String title, Confidentiality confidentiality, LocalDate endsOn, Integer noticeMonths,
			String... partners) {
		long id = draft(title, confidentiality, partners).getId();
		withPillars(id, "Training", "Research & innovation");
		withDates(id, endsOn.minusYears(2), endsOn, noticeMonths);
		return moveTo(id, ConventionStatus.IN_NEGOTIATION, ConventionStatus.SIGNED, ConventionStatus.ACTIVE);
	}

}
