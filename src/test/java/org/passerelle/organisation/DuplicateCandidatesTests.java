package org.passerelle.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.SimpleTriggerContext;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.PostgresTest;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probable duplicates kept by {@link DuplicateCandidates}: what deactivating does to
 * them, the queue and its weekly full rebuild.
 */
@PostgresTest
class DuplicateCandidatesTests {

	private static final PasserelleUser ADMIN = new PasserelleUser(1L, "admin@demo.passerelle", "-", "Admin",
			Role.ADMIN, null, true, true);

	@Autowired
	private DuplicateCandidates candidates;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private OrganisationMerges merges;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ScheduledTaskHolder scheduled;

	@Test
	void aDeactivatedOrganisationStaysAProbableDuplicateAsThePairsRulesLeaveOutMergedOnesOnly() {
		String word = DirectoryTestData.uniqueWord();
		String siren = DirectoryTestData.uniqueSiren();
		long first = this.directory.create(company("Mistral Composites " + word, siren)).getId();
		long second = this.directory.create(company("MISTRAL COMPOSITES SAS " + word, siren)).getId();
		List<Map<String, Object>> stored = storedPairs(second);
		assertThat(stored).hasSize(1);

		this.directory.deactivate(second);
		assertThat(shownPairs(second)).as("deactivated, still offered to be merged")
			.containsExactly(List.of(first, second));
		assertThat(storedPairs(second)).as("the pair as it was found, when included").isEqualTo(stored);

		this.directory.reactivate(second);
		assertThat(shownPairs(second)).as("reactivated").containsExactly(List.of(first, second));
		assertThat(storedPairs(second)).isEqualTo(stored);
	}

	@Test
	@Transactional // the test's own queue, which the job does not see, rolled back at the
					// end
	void theWeeklyRebuildQueuesEveryOrganisationNotMerged() {
		String word = DirectoryTestData.uniqueWord();
		long kept = this.directory.create(company("Thalassa Marine " + word, null)).getId();
		long merged = this.directory.create(company("THALASSA MARINE SA " + word, null)).getId();
		this.merges.merge(kept, merged, Set.of());
		this.jdbc.sql("delete from organisation_duplicate_pending").update();
		assertThat(this.candidates.pending()).isZero();

		this.candidates.rebuild();

		long unmerged = count("select count(*) from organisation where merged_into_id is null");
		assertThat(unmerged).isGreaterThan(2);
		assertThat(this.candidates.pending()).isEqualTo(unmerged);
		assertThat(count("""
				select count(*) from organisation o where o.merged_into_id is null
				  and not exists (select 1 from organisation_duplicate_pending p where p.organisation_id = o.id)"""))
			.isZero();
		assertThat(count("select count(*) from organisation_duplicate_pending where organisation_id = " + merged))
			.as("the merged one")
			.isZero();
	}

	@Test
	void theRebuildRunsOnSundaysAtThreeInTheMorningParisTime() {
		CronTask rebuild = this.scheduled.getScheduledTasks()
			.stream()
			.map(ScheduledTask::getTask)
			.filter((task) -> task instanceof CronTask && task.toString().endsWith("DuplicateCandidates.rebuild"))
			.map(CronTask.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(rebuild.getExpression()).isEqualTo("0 0 3 * * SUN");
		assertThat(nextRun(rebuild, "2026-12-02T10:00:00Z")).as("winter time")
			.isEqualTo(Instant.parse("2026-12-06T02:00:00Z"));
		assertThat(nextRun(rebuild, "2027-06-02T10:00:00Z")).as("summer time")
			.isEqualTo(Instant.parse("2027-06-06T01:00:00Z"));
	}

	private static Instant nextRun(CronTask task, String after) {
		return task.getTrigger()
			.nextExecution(new SimpleTriggerContext(Clock.fixed(Instant.parse(after), ZoneOffset.UTC)));
	}

	private static OrganisationDetails company(String name, @Nullable String siren) {
		return new OrganisationDetails(name, OrganisationKind.COMPANY, null, siren, Set.of(),
				new PublicProfile(null, null, null, "Toulon", null, null, null, Set.of()));
	}

	/** The pairs the administrator is shown that include the organisation. */
	private List<List<Long>> shownPairs(long organisationId) {
		return this.merges.duplicates(ADMIN)
			.stream()
			.map((pair) -> List.of(pair.first().getId(), pair.second().getId()))
			.filter((pair) -> pair.contains(organisationId))
			.toList();
	}

	private List<Map<String, Object>> storedPairs(long organisationId) {
		return this.jdbc.sql("""
				select first_id, second_id, score, same_identifier, found_at from organisation_duplicate_candidate
				where :id in (first_id, second_id) order by first_id, second_id""")
			.param("id", organisationId)
			.query()
			.listOfRows();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
