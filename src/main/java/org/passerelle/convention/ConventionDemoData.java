package org.passerelle.convention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Realistic conventions for the embedded demo, loaded once into an empty table after the
 * directory and the accounts: the Aix-Marseille Université – Southern Defence Zone
 * agreement on four pillars, the SmartPort initiative, the IMT Mines Alès – ENSCM joint
 * incubator and a few company conventions, some ending soon, one expired. Dates are
 * relative to the day the demo is loaded.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("passerelle.demo.enabled")
class ConventionDemoData implements ApplicationRunner {

	/** The names the Southern Defence Zone staff may have in the directory. */
	static final List<String> DEFENCE_ZONE_NAMES = List.of("État-major de zone de défense et de sécurité Sud",
			"État-major de zone de défense Sud", "État-major de la zone de défense et de sécurité Sud",
			"Zone de défense et de sécurité Sud", "Southern Defence Zone");

	private static final Logger logger = LoggerFactory.getLogger(ConventionDemoData.class);

	private static final PasserelleUser SYSTEM = PasserelleUser.system();

	private final ConventionRepository repository;

	private final ConventionService conventions;

	private final Pillars pillars;

	private final Organisations organisations;

	private final Conventions queries;

	private final JdbcClient jdbc;

	ConventionDemoData(ConventionRepository repository, ConventionService conventions, Pillars pillars,
			Organisations organisations, Conventions queries, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.conventions = conventions;
		this.pillars = pillars;
		this.organisations = organisations;
		this.queries = queries;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// one plain query when the demo is there already: a restart creates no repository
		// for it
		if (this.jdbc.sql("select exists (select 1 from convention)").query(Boolean.class).single()) {
			return;
		}
		Optional<Long> amu = id("Aix-Marseille Université");
		if (amu.isEmpty()) {
			logger.warn("Demo conventions not loaded: Aix-Marseille Université is not in the directory");
			return;
		}
		LocalDate today = this.queries.today();
		defenceZone(amu.get(), today);
		smartPort(amu.get(), today);
		jointIncubator(today);
		companies(amu.get(), today);
		logger.info("Demo conventions loaded: {}", this.repository.count());
	}

	private void defenceZone(long amu, LocalDate today) {
		Optional<Long> zone = DEFENCE_ZONE_NAMES.stream().map(this::id).flatMap(Optional::stream).findFirst();
		Convention convention = this.conventions
			.create("Convention-cadre de partenariat Aix-Marseille Université – État-major de zone de défense Sud",
					"AMU-EMZD-2024", Confidentiality.INTERNAL,
					"Partenariat entre l'université et l'état-major de zone de défense Sud : recrutement et "
							+ "insertion des diplômés, formation, recherche et innovation, cybersécurité.",
					amu, SYSTEM);
		long id = convention.getId();
		if (zone.isPresent()) {
			parties(id, List.of(amu), List.of(zone.get()));
		}
		Map<Long, AxisDetails> axes = new LinkedHashMap<>();
		axes.put(pillar("Recruitment & professional integration"),
				new AxisDetails("Faire connaître les métiers de la défense aux étudiants",
						"Offres de stages et d'apprentissage ; présence aux forums de l'université."));
		axes.put(pillar("Training"), new AxisDetails("Former les cadres aux enjeux de résilience territoriale",
				"Modules de formation continue co-construits ; interventions d'officiers en master."));
		axes.put(pillar("Research & innovation"), new AxisDetails("Mener des travaux de recherche communs",
				"Sujets de thèse et de mémoire proposés par l'état-major ; accès aux laboratoires."));
		axes.put(pillar("Cybersecurity"), new AxisDetails("Sensibiliser et entraîner à la cybersécurité",
				"Exercices de gestion de crise cyber ; sessions de sensibilisation pour les étudiants."));
		Convention withPillars = this.conventions.changePillars(id, version(id), axes.keySet(), axes, SYSTEM);
		Axis cyber = withPillars.getAxes().get(withPillars.getAxes().size() - 1);
		this.conventions.addAction(id, cyber.getId(),
				new ActionDetails("Exercice de gestion de crise cyber avec les étudiants du master SSI",
						"Service cybersécurité de l'état-major", today.plusMonths(2), ActionStatus.PLANNED, null),
				SYSTEM);
		this.conventions.addAction(id, withPillars.getAxes().get(0).getId(),
				new ActionDetails("Offre de six stages de fin d'études", "Bureau des partenariats",
						today.minusMonths(1), ActionStatus.IN_PROGRESS, "Quatre stages pourvus."),
				SYSTEM);
		dates(id, today.minusMonths(14), today.minusMonths(13), today.plusYears(2).minusMonths(1), false, null, zone
			.map((partner) -> List.of(new Signatory("Éric Berton", "Président", amu, today.minusMonths(14)),
					new Signatory("Général commandant la zone", "Officier général de zone de défense", partner,
							today.minusMonths(14))))
			.orElse(List.of(new Signatory("Éric Berton", "Président", amu, today.minusMonths(14)))));
		if (zone.isPresent()) {
			move(id, ConventionStatus.IN_NEGOTIATION, ConventionStatus.SIGNED, ConventionStatus.ACTIVE);
		}
		else {
			logger.warn("Demo: the Southern Defence Zone staff is not in the directory; "
					+ "the AMU–Southern Defence Zone convention stays a draft without its partner");
		}
	}

	private void smartPort(long amu, LocalDate today) {
		List<Long> partners = ids("Métropole Aix-Marseille-Provence", "CMA CGM", "L'Occitane en Provence");
		Convention convention = this.conventions.create("SmartPort – port intelligent et durable de Marseille-Fos",
				"SMARTPORT-2023", Confidentiality.PUBLIC,
				"Initiative qui réunit l'université, la métropole et deux groupes internationaux autour du port "
						+ "du futur : logistique décarbonée, données, formation et entrepreneuriat.",
				amu, SYSTEM);
		long id = convention.getId();
		parties(id, List.of(amu), partners);
		Map<Long, AxisDetails> axes = new LinkedHashMap<>();
		axes.put(pillar("Research & innovation"), new AxisDetails("Décarboner la logistique portuaire",
				"Projets de recherche communs sur les carburants alternatifs et l'optimisation des flux."));
		axes.put(pillar("Training"), new AxisDetails("Former aux métiers du port numérique",
				"Un diplôme d'université « logistique et données » ouvert en formation continue."));
		axes.put(pillar("Entrepreneurship"), new AxisDetails("Faire naître des start-up portuaires",
				"Un défi annuel d'innovation ouvert aux étudiants et aux jeunes entreprises."));
		Convention withPillars = this.conventions.changePillars(id, version(id), axes.keySet(), axes, SYSTEM);
		this.conventions.addAction(id, withPillars.getAxes().get(0).getId(),
				new ActionDetails("Thèse CIFRE sur le jumeau numérique du terminal", "CMA CGM – direction innovation",
						today.plusMonths(8), ActionStatus.IN_PROGRESS, "Doctorant recruté ; comité de suivi en juin."),
				SYSTEM);
		this.conventions.addAction(id, withPillars.getAxes().get(2).getId(),
				new ActionDetails("Défi SmartPort 2025", "Incubateur de l'université", today.minusMonths(3),
						ActionStatus.DONE, "Douze équipes, trois lauréates accompagnées."),
				SYSTEM);
		List<Signatory> signatories = new ArrayList<>();
		signatories.add(new Signatory("Éric Berton", "Président", amu, today.minusYears(2)));
		if (!partners.isEmpty()) {
			signatories.add(new Signatory("Martine Vassal", "Présidente", partners.get(0), today.minusYears(2)));
		}
		dates(id, today.minusYears(2), today.minusYears(2).plusDays(15), today.plusYears(1), false, null, signatories);
		move(id, ConventionStatus.IN_NEGOTIATION, ConventionStatus.SIGNED, ConventionStatus.ACTIVE);
	}

	private void jointIncubator(LocalDate today) {
		Optional<Long> mines = id("IMT Mines Alès");
		Optional<Long> enscm = id("École nationale supérieure de chimie de Montpellier");
		if (mines.isEmpty() || enscm.isEmpty()) {
			logger.warn("Demo: IMT Mines Alès or ENSCM missing; no joint incubator convention");
			return;
		}
		Convention convention = this.conventions.create("Incubateur commun IMT Mines Alès – ENSCM", "IMTMA-ENSCM-INC",
				Confidentiality.PUBLIC,
				"Un incubateur commun aux deux écoles pour les projets d'étudiants et de chercheurs en chimie, "
						+ "matériaux et environnement.",
				mines.get(), SYSTEM);
		long id = convention.getId();
		parties(id, List.of(mines.get(), enscm.get()), List.of());
		Map<Long, AxisDetails> axes = new LinkedHashMap<>();
		axes.put(pillar("Entrepreneurship"), new AxisDetails("Accompagner les projets de création d'entreprise",
				"Dix projets incubés par an ; un programme de mentorat commun."));
		this.conventions.changePillars(id, version(id), axes.keySet(), axes, SYSTEM);
		dates(id, today.minusMonths(6), today.minusMonths(5), null, true, null,
				List.of(new Signatory("Directrice de l'école", "Directrice", mines.get(), today.minusMonths(6))));
		move(id, ConventionStatus.IN_NEGOTIATION, ConventionStatus.SIGNED, ConventionStatus.ACTIVE);
	}

	private void companies(long amu, LocalDate today) {
		id("Provepharm").ifPresent((provepharm) -> {
			Convention convention = this.conventions.create("Accord de recherche Provepharm – AMU sur les colorants",
					"AMU-PROVEPHARM-2021", Confidentiality.INTERNAL,
					"Recherche commune sur les colorants à usage médical et accueil de stagiaires.", amu, SYSTEM);
			long id = convention.getId();
			parties(id, List.of(amu), List.of(provepharm));
			Map<Long, AxisDetails> axes = new LinkedHashMap<>();
			axes.put(pillar("Research & innovation"), new AxisDetails("Recherche sur le bleu de méthylène",
					"Deux projets de recherche communs ; une thèse CIFRE."));
			axes.put(pillar("Recruitment & professional integration"),
					new AxisDetails("Accueillir des stagiaires de master", "Quatre stages par an en R&D."));
			Convention withPillars = this.conventions.changePillars(id, version(id), axes.keySet(), axes, SYSTEM);
			this.conventions.addAction(id, withPillars.getAxes().get(1).getId(),
					new ActionDetails("Quatre stages de master en R&D", "Provepharm – ressources humaines",
							today.plusMonths(3), ActionStatus.IN_PROGRESS, "Deux stagiaires arrivés en février."),
					SYSTEM);
			dates(id, today.minusYears(4), today.minusYears(4), today.plusDays(45), false, null,
					List.of(new Signatory("Michel Feraud", "Président", provepharm, today.minusYears(4))));
			move(id, ConventionStatus.IN_NEGOTIATION, ConventionStatus.SIGNED, ConventionStatus.ACTIVE);
		});
		Optional<Long> polytech = id("Polytech Marseille");
		id("CMA CGM").ifPresent((cmaCgm) -> polytech.ifPresent((school) -> {
			Convention convention = this.conventions.create("Convention d'apprentissage Polytech Marseille – CMA CGM",
					"POLYTECH-CMACGM-2022", Confidentiality.PUBLIC,
					"Accueil d'apprentis ingénieurs en logistique et informatique, renouvelée tacitement chaque année.",
					school, SYSTEM);
			long id = convention.getId();
			parties(id, List.of(school), List.of(cmaCgm));
			Map<Long, AxisDetails> axes = new LinkedHashMap<>();
			axes.put(pillar("Recruitment & professional integration"),
					new AxisDetails("Former des ingénieurs par l'apprentissage", "Dix apprentis par promotion."));
			this.conventions.changePillars(id, version(id), axes.keySet(), axes, SYSTEM);
			dates(id, today.minusYears(3), today.minusYears(3), today.plusMonths(4), false, 3, List.of());
			move(id, ConventionStatus.IN_NEGOTIATION, ConventionStatus.SIGNED, ConventionStatus.ACTIVE);
		}));
		Optional<Long> utc = id("Université de technologie de Compiègne");
		id("L'Occitane en Provence").ifPresent((occitane) -> utc.ifPresent((university) -> {
			Convention convention = this.conventions.create("Chaire « Cosmétique durable » UTC – L'Occitane",
					"UTC-OCCITANE-2019", Confidentiality.PUBLIC,
					"Chaire d'enseignement et de recherche sur la formulation cosmétique durable.", university, SYSTEM);
			long id = convention.getId();
			parties(id, List.of(university), List.of(occitane));
			Map<Long, AxisDetails> axes = new LinkedHashMap<>();
			axes.put(pillar("Training"), new AxisDetails("Un parcours de master en formulation durable", null));
			this.conventions.changePillars(id, version(id), axes.keySet(), axes, SYSTEM);
			dates(id, today.minusYears(5), today.minusYears(5), today.minusMonths(2), false, null, List.of());
			move(id, ConventionStatus.IN_NEGOTIATION, ConventionStatus.SIGNED, ConventionStatus.ACTIVE,
					ConventionStatus.EXPIRED);
		}));
		id("Eurobiomed").ifPresent((cluster) -> {
			Convention convention = this.conventions.create("Partenariat AMU – Eurobiomed pour l'innovation en santé",
					"AMU-EUROBIOMED-2026", Confidentiality.INTERNAL,
					"Projet de convention en cours de négociation : événements communs et accompagnement de start-up.",
					amu, SYSTEM);
			long id = convention.getId();
			parties(id, List.of(amu), List.of(cluster));
			Map<Long, AxisDetails> axes = new LinkedHashMap<>();
			axes.put(pillar("Entrepreneurship"), new AxisDetails("Accompagner les start-up de la santé", null));
			axes.put(pillar("International"), new AxisDetails("Participer à des salons internationaux", null));
			this.conventions.changePillars(id, version(id), axes.keySet(), axes, SYSTEM);
			move(id, ConventionStatus.IN_NEGOTIATION);
		});
	}

	private void parties(long id, List<Long> institutions, List<Long> partners) {
		this.conventions.changeParties(id, version(id), institutions, partners, SYSTEM);
	}

	private void dates(long id, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, boolean openEnded,
			Integer noticeMonths, List<Signatory> signatories) {
		this.conventions.changeDates(id, version(id),
				new ConventionDates(signedOn, startsOn, endsOn, openEnded, noticeMonths != null, noticeMonths),
				signatories, SYSTEM);
	}

	private void move(long id, ConventionStatus... statuses) {
		for (ConventionStatus status : statuses) {
			this.conventions.transition(id, version(id), status, SYSTEM);
		}
	}

	private long version(long id) {
		return this.repository.findById(id).orElseThrow().getVersion();
	}

	private long pillar(String englishName) {
		return this.pillars.all()
			.stream()
			.filter((pillar) -> pillar.getNameEn().equals(englishName))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private Optional<Long> id(String name) {
		return this.organisations.findByName(name).map(Organisation::getId);
	}

	private List<Long> ids(String... names) {
		List<Long> ids = new ArrayList<>();
		for (String name : names) {
			id(name).ifPresent(ids::add);
		}
		return ids;
	}

}
