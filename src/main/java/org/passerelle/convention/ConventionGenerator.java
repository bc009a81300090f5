package org.passerelle.convention;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Adds many plausible, synthetic conventions for benchmarks: start the portal with
 * {@code --passerelle.convention.generate=5000}. Each goes through the service like one
 * drawn up by hand (parties, pillars with an axis each, dates, status changes and their
 * history), between the directory's institutions and partners, in a spread of statuses
 * and end dates; references carry a run number, so running it again adds more.
 */
@Component
@Order(50)
@ConditionalOnProperty("passerelle.convention.generate")
class ConventionGenerator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(ConventionGenerator.class);

	private static final PasserelleUser SYSTEM = PasserelleUser.system();

	private static final String[] SUBJECTS = { "apprentissage", "chaire industrielle", "recherche partenariale",
			"formation continue", "cybersécurité", "entrepreneuriat étudiant", "mobilité internationale",
			"plateforme technologique", "stages de fin d'études", "thèses CIFRE" };

	private static final int CHUNK = 100;

	private final ConventionService service;

	private final ConventionRepository repository;

	private final Pillars pillars;

	private final Organisations organisations;

	private final Conventions queries;

	private final TransactionTemplate transactions;

	private final int count;

	ConventionGenerator(ConventionService service, ConventionRepository repository, Pillars pillars,
			Organisations organisations, Conventions queries, TransactionTemplate transactions,
			Environment environment) {
		this.service = service;
		this.repository = repository;
		this.pillars = pillars;
		this.organisations = organisations;
		this.queries = queries;
		this.transactions = transactions;
		this.count = environment.getProperty("passerelle.convention.generate", Integer.class, 0);
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Long> institutions = this.organisations.institutions().stream().map(Organisation::getId).toList();
		List<Long> partners = this.organisations.partnerIds();
		List<Long> pillarIds = this.pillars.offered().stream().map(Pillar::getId).toList();
		if (this.count <= 0 || institutions.isEmpty() || partners.isEmpty() || pillarIds.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		Random random = new Random(this.count);
		int run = 1 + random.nextInt(9000);
		LocalDate today = this.queries.today();
		for (int from = 0; from < this.count; from += CHUNK) {
			int first = from;
			this.transactions.executeWithoutResult((status) -> {
				for (int i = first; i < Math.min(first + CHUNK, this.count); i++) {
					generate(i, run, random, today, institutions, partners, pillarIds);
				}
			});
		}
		logger.info("Generated {} conventions in {} ms", this.count, (System.nanoTime() - started) / 1_000_000);
	}

	private void generate(int i, int run, Random random, LocalDate today, List<Long> institutions, List<Long> partners,
			List<Long> pillarIds) {
		long owner = institutions.get(i % institutions.size());
		long partner = partners.get(random.nextInt(partners.size()));
		String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
		Convention convention = this.service.create("Convention " + subject + " n°" + i, "GEN-" + run + "-" + i,
				(i % 3 == 0) ? Confidentiality.INTERNAL : Confidentiality.PUBLIC,
				"Convention générée pour les mesures de performance (" + subject + ").", owner, SYSTEM);
		long id = convention.getId();
		this.service.changeParties(id, version(id), List.of(owner), List.of(partner), SYSTEM);
		Map<Long, AxisDetails> axes = new LinkedHashMap<>();
		int pillarCount = 1 + random.nextInt(Math.min(3, pillarIds.size()));
		for (int p = 0; p < pillarCount; p++) {
			axes.put(pillarIds.get((i + p) % pillarIds.size()),
					new AxisDetails("Développer " + subject, "Objectifs chiffrés pour " + subject + "."));
		}
		this.service.changePillars(id, version(id), axes.keySet(), axes, SYSTEM);
		int shape = i % 10;
		if (shape == 0) {
			return;
		}
		LocalDate signedOn = today.minusDays(30 + random.nextInt(1500));
		LocalDate endsOn = signedOn.plusYears(1 + random.nextInt(5));
		boolean tacit = random.nextInt(4) == 0;
		this.service.changeDates(id, version(id),
				new ConventionDates(signedOn, signedOn, endsOn, false, tacit, tacit ? 3 : null), List.of(), SYSTEM);
		move(id, ConventionStatus.IN_NEGOTIATION);
		if (shape == 1) {
			return;
		}
		move(id, ConventionStatus.SIGNED, ConventionStatus.ACTIVE);
		if (shape == 2) {
			this.service.terminate(id, version(id), today, "Generated", SYSTEM);
		}
		else if (endsOn.isBefore(today) && !tacit) {
			move(id, ConventionStatus.EXPIRED);
		}
	}

	private void move(long id, ConventionStatus... statuses) {
		for (ConventionStatus status : statuses) {
			this.service.transition(id, version(id), status, SYSTEM);
		}
	}

	private long version(long id) {
		return this.repository.findById(id).orElseThrow().getVersion();
	}

}
