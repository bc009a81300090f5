package org.passerelle.matchmaking;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.passerelle.event.Attendee;
import org.passerelle.event.Event;
import org.passerelle.event.Events;
import org.passerelle.event.MeetingWish;
import org.passerelle.event.Registration;
import org.passerelle.event.Registrations;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * The student–industry day's matchmaking for the demo: more students (with whom they wish
 * to meet) and industrialists on its main session, the speed-meeting rotation generated
 * and published, three workshops ranked by most students and everyone placed.
 */
@Component
@Order(45)
@ConditionalOnBooleanProperty("passerelle.demo.enabled")
class MatchmakingDemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(MatchmakingDemoData.class);

	private static final PasserelleUser SYSTEM = new PasserelleUser(0, "system", "", "Passerelle", Role.ADMIN, null,
			true, true);

	private static final String[] FIRST = { "Camille", "Jules", "Sarah", "Adam", "Louise", "Gabriel", "Alice",
			"Raphaël", "Jade", "Arthur", "Zoé", "Louis", "Lina", "Noah", "Rose", "Ethan", "Anna", "Paul", "Mila",
			"Victor" };

	private static final String[] LAST = { "Fontaine", "Mercier", "Blanc", "Guerin", "Muller", "Henry", "Roussel",
			"Nicolas", "Perrin", "Morin" };

	private final JdbcClient jdbc;

	private final Events events;

	private final Registrations registrations;

	private final Organisations organisations;

	private final SpeedMeetings speedMeetings;

	private final Workshops workshops;

	MatchmakingDemoData(JdbcClient jdbc, Events events, Registrations registrations, Organisations organisations,
			SpeedMeetings speedMeetings, Workshops workshops) {
		this.jdbc = jdbc;
		this.events = events;
		this.registrations = registrations;
		this.organisations = organisations;
		this.speedMeetings = speedMeetings;
		this.workshops = workshops;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select exists (select 1 from matchmaking_speed_meeting)").query(Boolean.class).single()) {
			return;
		}
		Optional<Long> eventId = this.jdbc
			.sql("select id from event where title_fr = 'Journée étudiants–industriels' order by id limit 1")
			.query(Long.class)
			.optional();
		if (eventId.isEmpty()) {
			return;
		}
		Event event = this.events.find(eventId.get(), SYSTEM);
		long session = this.jdbc
			.sql("select id from event_session where event_id = :e order by capacity desc, id limit 1")
			.param("e", event.getId())
			.query(Long.class)
			.single();
		// one employee per company, each with their own address (on a large directory two
		// companies may give the same name, and one person registers once)
		Set<String> addresses = new HashSet<>();
		List<Organisation> companies = this.organisations.partnersWithSector(50)
			.stream()
			.filter((company) -> addresses.add(email(employee(company), "example.com")))
			.limit(9)
			.toList();
		for (Organisation company : companies) {
			PasserelleUser liaison = new PasserelleUser(0, "system", "", "Passerelle", Role.LIAISON, company.getId(),
					true, true);
			String name = employee(company);
			this.registrations.registerEmployees(event.getId(), session,
					List.of(new Attendee(name, "Ingénieur·e", email(name, "example.com"), Locale.FRENCH)), liaison);
		}
		List<Registration> students = new ArrayList<>();
		for (int i = 0; i < 32; i++) {
			String name = FIRST[i % FIRST.length] + " " + LAST[(i * 7) % LAST.length];
			List<MeetingWish> wishes = new ArrayList<>();
			if (!companies.isEmpty() && i % 4 != 3) {
				Organisation wanted = companies.get((i * 5) % companies.size());
				wishes.add(MeetingWish.company(wanted.getId()));
				wishes.add(MeetingWish.ofSector(companies.get((i * 3 + 1) % companies.size()).getSector()));
			}
			Registration registration = this.registrations.registerParticipant(event.getId(), session,
					new Attendee(name, null, email(name + " " + i, "etu.example.org"), Locale.FRENCH), wishes, null);
			this.registrations.confirm(registration.getPublicId());
			students.add(registration);
		}
		try {
			this.speedMeetings.generate(event, session, new RoundPlan(4, 15, LocalTime.of(12, 30)), SYSTEM);
			this.speedMeetings.publish(event, session, SYSTEM);
		}
		catch (MatchmakingRefusedException ex) {
			logger.warn("Demo speed meeting not generated: {}", ex.getMessageKey());
		}
		List<Long> themes = new ArrayList<>();
		for (String title : new String[] { "Entrepreneuriat", "R&D", "Recrutement" }) {
			themes.add(this.workshops.add(event, session, title, 13, SYSTEM).getId());
		}
		for (int i = 0; i < students.size(); i++) {
			if (i % 5 == 4) {
				continue;
			}
			int first = (i % 7 < 4) ? 1 : i % 3;
			this.workshops.rank(this.events.registration(students.get(i).getPublicId()),
					List.of(themes.get(first), themes.get((first + 1 + i % 2) % 3)));
		}
		this.workshops.assign(event, session, SYSTEM);
		logger.info("Demo matchmaking loaded");
	}

	private static String employee(Organisation company) {
		return FIRST[(int) (company.getId() % FIRST.length)] + " " + company.getName().split(" ")[0];
	}

	private static String email(String name, String domain) {
		String local = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", ".");
		return local + "@" + domain;
	}

}
