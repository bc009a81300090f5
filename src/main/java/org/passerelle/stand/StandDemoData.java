package org.passerelle.stand;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.passerelle.event.Event;
import org.passerelle.event.Events;
import org.passerelle.event.Session;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * The forum's stands for the embedded demo, loaded once after the events: three stand
 * types (a standard stand at 600,00 € for the two days that up to three SMEs may share, a
 * corner stand, a start-up table), CMA CGM's accepted standard stand with its numbers,
 * and a shared SME stand led by Provepharm with HalioDx and Innate Pharma, split 2:1:1
 * and waiting for the staff's approval.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("passerelle.demo.enabled")
class StandDemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(StandDemoData.class);

	private static final PasserelleUser SYSTEM = new PasserelleUser(0, "system", "", "Passerelle", Role.ADMIN, null,
			true, true);

	private final StandService stands;

	private final Events events;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	StandDemoData(StandService stands, Events events, Organisations organisations, JdbcClient jdbc) {
		this.stands = stands;
		this.events = events;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select exists (select 1 from stand_type)").query(Boolean.class).single()) {
			return;
		}
		Optional<Long> forumId = this.jdbc
			.sql("select id from event where title_fr = 'Forum Entreprises AMU' order by id limit 1")
			.query(Long.class)
			.optional();
		Optional<Long> provepharm = id("Provepharm");
		Optional<Long> halioDx = id("HalioDx");
		Optional<Long> innate = id("Innate Pharma");
		Optional<Long> cmaCgm = id("CMA CGM");
		if (forumId.isEmpty() || provepharm.isEmpty() || halioDx.isEmpty() || innate.isEmpty() || cmaCgm.isEmpty()) {
			logger.warn("Demo stands not loaded: the forum or its companies are not there");
			return;
		}
		Event forum = this.events.find(forumId.get(), SYSTEM);
		StandType standard = this.stands.addType(forum,
				new StandTypeDetails("Stand standard (2 jours)", "Standard stand (2 days)", Money.euros(60000), 40, 3));
		this.stands.addType(forum, new StandTypeDetails("Stand d'angle", "Corner stand", Money.euros(90000), 8, 1));
		this.stands.addType(forum, new StandTypeDetails("Table start-up", "Start-up table", Money.euros(15000), 15, 1));

		Stand alone = this.stands.apply(forum, standard.getId(), false,
				liaison(cmaCgm.get(), "Claire Roux", "claire.roux@example.com"));
		Map<Long, String> numbers = new java.util.HashMap<>();
		int site = 0;
		for (Session session : forum.getSessions()) {
			numbers.put(session.getId(), (char) ('A' + site++) + "1");
		}
		this.stands.accept(alone.getId(), alone.getVersion(), numbers, SYSTEM);

		PasserelleUser lead = liaison(provepharm.get(), "Nadia Benali", "nadia.benali@example.com");
		Stand shared = this.stands.apply(forum, standard.getId(), true, lead);
		shared = this.stands.invite(shared.getId(), shared.getVersion(), halioDx.get());
		shared = this.stands.invite(shared.getId(), shared.getVersion(), innate.get());
		this.stands.join(shared.getId(), liaison(halioDx.get(), "Yann Le Gall", "yann.le.gall@example.com"));
		shared = this.stands.join(shared.getId(), liaison(innate.get(), "Paul Girard", "paul.girard@example.com"));
		this.stands.changeSplit(shared.getId(), shared.getVersion(), Split.SHARES,
				Map.of(provepharm.get(), 2, halioDx.get(), 1, innate.get(), 1));
		logger.info("Demo stands loaded");
	}

	private static PasserelleUser liaison(long organisationId, String name, String email) {
		return new PasserelleUser(0, email, "", name, Role.LIAISON, organisationId, true, true);
	}

	private Optional<Long> id(String name) {
		return this.organisations.findByName(name).map(Organisation::getId);
	}

}
