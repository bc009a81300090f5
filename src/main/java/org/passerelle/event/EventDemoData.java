package org.passerelle.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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

import org.passerelle.convention.Pillar;
import org.passerelle.convention.Pillars;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.organisation.Sector;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * The field's four cases for the embedded demo, loaded once into an empty table after the
 * directory, accounts and conventions: a company forum over two days on two campuses, the
 * Faculté des sciences' student–industry day (labelled "Synergie AMU Entreprises"), the
 * region's business week, and an innovation tour of stopover cities; with employees and
 * students registered, a workshop session full with a waitlist, and last year's forum
 * with its attendance. The student–industry day is meant for health and chemistry
 * partners, the business week for the maritime, logistics and energy ones; the others are
 * open to every sector. Dates are relative to the day the demo is loaded.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("passerelle.demo.enabled")
class EventDemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(EventDemoData.class);

	private static final PasserelleUser SYSTEM = new PasserelleUser(0, "system", "", "Passerelle", Role.ADMIN, null,
			true, true);

	private final EventService service;

	private final Registrations registrations;

	private final Events events;

	private final Organisations organisations;

	private final Pillars pillars;

	private final JdbcClient jdbc;

	EventDemoData(EventService service, Registrations registrations, Events events, Organisations organisations,
			Pillars pillars, JdbcClient jdbc) {
		this.service = service;
		this.registrations = registrations;
		this.events = events;
		this.organisations = organisations;
		this.pillars = pillars;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		// one plain query when the demo is there already
		if (this.jdbc.sql("select exists (select 1 from event)").query(Boolean.class).single()) {
			return;
		}
		Optional<Long> amu = id("Aix-Marseille Université");
		if (amu.isEmpty()) {
			logger.warn("Demo events not loaded: Aix-Marseille Université is not in the directory");
			return;
		}
		LocalDate today = this.events.today();
		forum(amu.get(), today);
		studentIndustryDay(id("Faculté des sciences").orElse(amu.get()), today);
		businessWeek(amu.get(), today);
		innovationTour(amu.get(), today);
		lastYearsForum(amu.get(), today);
		logger.info("Demo events loaded");
	}

	private void forum(long amu, LocalDate today) {
		Event forum = create(amu, EventKind.FORUM, "Forum Entreprises AMU", "AMU Company Forum",
				"Deux jours de rencontres entre étudiants et entreprises, un campus par jour : stands, "
						+ "offres de stages et d'emplois, conférences métiers.",
				Set.of(Audience.STUDENTS, Audience.COMPANIES), Set.of(), "Recruitment & professional integration",
				Set.of());
		LocalDate first = today.plusWeeks(5);
		long marseille = session(forum, first, "09:00", "17:30", "Campus Saint-Charles, hall principal", "Marseille",
				80, List.of(item("09:00", "Accueil des exposants", "Exhibitors' welcome"),
						item("10:00", "Ouverture du forum", "Forum opens")));
		session(forum, first.plusDays(1), "09:00", "17:30", "Campus Aix-Schuman, espace Fernand-Braudel",
				"Aix-en-Provence", 80, List.of(item("10:00", "Ouverture du forum", "Forum opens")));
		publish(forum);
		employees(forum, marseille, "CMA CGM", "Claire Roux", "Chargée de recrutement", "Marc Dubois",
				"Ingénieur logistique");
		employees(forum, marseille, "Provepharm", "Nadia Benali", "Responsable RH", null, null);
		employees(forum, marseille, "L'Occitane en Provence", "Julie Fabre", "Talent acquisition", null, null);
	}

	private void studentIndustryDay(long faculty, LocalDate today) {
		Event day = create(faculty, EventKind.STUDENT_INDUSTRY_DAY, "Journée étudiants–industriels", null,
				"90 étudiants, 21 industriels : présentation du programme à 11 h 30, déjeuner en speed meeting, puis "
						+ "ateliers thématiques par groupes de 30 (entrepreneuriat, R&D, recrutement).",
				Set.of(Audience.STUDENTS, Audience.COMPANIES), Set.of("Synergie AMU Entreprises"), "Training",
				Set.of(Sector.HEALTH_BIOTECH, Sector.CHEMISTRY_MATERIALS));
		LocalDate on = today.plusWeeks(3);
		long main = session(day, on, "11:30", "17:00", "Faculté des sciences, campus de Luminy, amphi 8", "Marseille",
				90,
				List.of(item("11:30", "Présentation du programme", "Programme presentation"),
						item("12:30", "Déjeuner speed meeting", "Speed-meeting lunch"),
						item("14:00", "Ateliers thématiques", "Thematic workshops")));
		// a small workshop session, full, with people waiting in arrival order
		long workshop = session(day, on, "14:00", "16:00", "Campus de Luminy, salle TPR2 112", "Marseille", 6,
				List.of(item("14:00", "Atelier entrepreneuriat", "Entrepreneurship workshop")));
		publish(day);
		String[] students = { "Léa Garcia", "Hugo Martin", "Chloé Bernard", "Lucas Petit", "Emma Durand",
				"Nathan Leroy", "Inès Moreau", "Tom Simon", "Manon Laurent" };
		for (int i = 0; i < students.length; i++) {
			Registration registration = participant(day, workshop, students[i], i);
			if (i % 3 != 2) {
				this.registrations.confirm(registration.getPublicId());
			}
		}
		for (int i = 0; i < 4; i++) {
			this.registrations.confirm(participant(day, main, students[i], i).getPublicId());
		}
		employees(day, main, "Innate Pharma", "Paul Girard", "Responsable R&D", "Sarah Klein", "Chercheuse");
		employees(day, main, "HalioDx", "Yann Le Gall", "Directeur scientifique", null, null);
	}

	private void businessWeek(long amu, LocalDate today) {
		Event week = create(amu, EventKind.BUSINESS_WEEK, "Semaine économique de la Méditerranée",
				"Mediterranean Business Week",
				"Le rendez-vous annuel des acteurs socio-économiques de la région : tables rondes, rencontres "
						+ "d'affaires et présentations de projets.",
				Set.of(Audience.COMPANIES, Audience.RESEARCHERS, Audience.PUBLIC), Set.of(), "Research & innovation",
				Set.of(Sector.MARITIME, Sector.LOGISTICS_TRANSPORT, Sector.ENERGY_ENVIRONMENT));
		LocalDate monday = today.plusWeeks(8);
		for (int d = 0; d < 3; d++) {
			session(week, monday.plusDays(d), "09:00", "18:00", "Villa Méditerranée", "Marseille", 300,
					List.of(item("09:30", "Table ronde du jour", "Round table of the day")));
		}
		publish(week);
		addPartner(week, "Métropole Aix-Marseille-Provence");
	}

	private void innovationTour(long amu, LocalDate today) {
		Event tour = create(amu, EventKind.TOUR, "Tour de l'innovation", "Innovation Tour",
				"Une étape par ville : un atelier-débat avec les PME locales sur l'innovation et les partenariats "
						+ "avec la recherche.",
				Set.of(Audience.COMPANIES, Audience.RESEARCHERS), Set.of(), "Research & innovation", Set.of());
		String[] cities = { "Gap", "Digne-les-Bains", "Arles", "Avignon", "Toulon", "Manosque" };
		for (int i = 0; i < cities.length; i++) {
			session(tour, today.plusWeeks(2 + 2L * i), "14:00", "17:30", "Chambre de commerce et d'industrie",
					cities[i], 40, List.of(item("14:00", "Atelier-débat avec les PME", "Workshop-debate with SMEs")));
		}
		publish(tour);
		addPartner(tour, "Accélérateur Belle de Mai");
	}

	private void lastYearsForum(long amu, LocalDate today) {
		Event past = create(amu, EventKind.FORUM, "Forum Entreprises AMU (édition précédente)",
				"AMU Company Forum (previous edition)", "L'édition de l'an dernier, avec ses présences.",
				Set.of(Audience.STUDENTS, Audience.COMPANIES), Set.of(), "Recruitment & professional integration",
				Set.of());
		long session = session(past, today.minusMonths(11), "09:00", "17:30", "Campus Saint-Charles, hall principal",
				"Marseille", 80, List.of());
		publish(past);
		String[][] came = { { "CMA CGM", "Claire Roux" }, { "Provepharm", "Nadia Benali" },
				{ "Innate Pharma", "Paul Girard" } };
		for (String[] person : came) {
			Long organisation = id(person[0]).orElse(null);
			this.registrations.walkIn(past.getId(), session,
					(organisation != null) ? RegistrationKind.ORGANISATION : RegistrationKind.PARTICIPANT, organisation,
					new Attendee(person[1], null, email(person[1], "past"), Locale.FRENCH), SYSTEM);
		}
		this.registrations.walkIn(past.getId(), session, RegistrationKind.PARTICIPANT, null,
				new Attendee("Léa Garcia", null, email("Léa Garcia", "past"), Locale.FRENCH), SYSTEM);
		Event loaded = this.service.forEditing(past.getId(), SYSTEM);
		this.service.transition(past.getId(), loaded.getVersion(), EventStatus.DONE, SYSTEM);
	}

	// Helpers

	private Event create(long organiser, EventKind kind, String titleFr, String titleEn, String descriptionFr,
			Set<Audience> audiences, Set<String> labels, String pillar, Set<Sector> sectors) {
		Set<Long> pillarIds = this.pillars.all()
			.stream()
			.filter((p) -> p.getNameEn().equals(pillar))
			.map(Pillar::getId)
			.collect(java.util.stream.Collectors.toSet());
		return this.service
			.create(new EventDetails(new EventTitle(titleFr, titleEn), new EventTitle(descriptionFr, null), kind,
					Set.of(organiser), Set.of(), labels, pillarIds, audiences, sectors, null, null), SYSTEM);
	}

	private long session(Event event, LocalDate day, String from, String to, String venue, String city, int capacity,
			List<ProgrammeItem> programme) {
		return this.service
			.addSession(event.getId(),
					new SessionDetails(day, LocalTime.parse(from), LocalTime.parse(to), venue, city, capacity,
							programme),
					SYSTEM)
			.getId();
	}

	private static ProgrammeItem item(String at, String fr, String en) {
		return new ProgrammeItem(LocalTime.parse(at), new EventTitle(fr, en));
	}

	private void publish(Event event) {
		Event loaded = this.service.forEditing(event.getId(), SYSTEM);
		this.service.transition(event.getId(), loaded.getVersion(), EventStatus.PUBLISHED, SYSTEM);
	}

	private void addPartner(Event event, String name) {
		Optional<Long> partner = id(name);
		if (partner.isEmpty()) {
			return;
		}
		Event loaded = this.service.forEditing(event.getId(), SYSTEM);
		Set<Long> partners = new java.util.HashSet<>(loaded.getPartnerIds());
		partners.add(partner.get());
		this.service.changeOrganisers(event.getId(), loaded.getVersion(), loaded.getOrganiserIds(), partners, SYSTEM);
	}

	private void employees(Event event, long session, String company, String name, String job,
			@org.jspecify.annotations.Nullable String secondName, @org.jspecify.annotations.Nullable String secondJob) {
		Optional<Long> organisation = id(company);
		if (organisation.isEmpty()) {
			return;
		}
		PasserelleUser liaison = new PasserelleUser(0, "system", "", "Passerelle", Role.LIAISON, organisation.get(),
				true, true);
		List<Attendee> people = new ArrayList<>();
		people.add(new Attendee(name, job, email(name, "example.com"), Locale.FRENCH));
		if (secondName != null) {
			people.add(new Attendee(secondName, secondJob, email(secondName, "example.com"), Locale.FRENCH));
		}
		this.registrations.registerEmployees(event.getId(), session, people, liaison);
	}

	private Registration participant(Event event, long session, String name, int i) {
		return this.registrations.registerParticipant(event.getId(), session,
				new Attendee(name, null, email(name, "etu.example.org"), (i % 4 == 3) ? Locale.ENGLISH : Locale.FRENCH),
				null);
	}

	private static String email(String name, String domain) {
		String local = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z]+", ".");
		return local + "@" + (domain.contains(".") ? domain : domain + ".example.org");
	}

	private Optional<Long> id(String name) {
		return this.organisations.findByName(name).map(Organisation::getId);
	}

}
