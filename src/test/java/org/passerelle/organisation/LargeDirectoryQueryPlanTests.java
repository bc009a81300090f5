package org.passerelle.organisation;

import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import org.passerelle.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a directory of 100,000 organisations, the list's queries (a page and its count) read
 * the table through its indexes, never sequentially: PostgreSQL's own per-transaction
 * statistics count the sequential scans of the statements the directory runs. (Counting
 * the whole unfiltered directory reads every row by nature; PostgreSQL rightly does it
 * sequentially.)
 */
@PostgresTest
@TestPropertySource(properties = "passerelle.test.database=large-directory")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeDirectoryQueryPlanTests {

	private static final int SIZE = 100_000;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@BeforeAll
	void generateALargeDirectory() {
		// every 1000th a pharmaceutical lab, every 5000th (a lab too) a cluster, the rest
		// companies
		this.jdbc.update("""
				insert into organisation (name, kind, city, size_class, name_key, search_text, created_by, updated_by)
				select name, kind, 'Ville ' || (n % 300), 'SME', lower(name), lower(name) || ' ville ' || (n % 300),
				  'generator', 'generator'
				from (select n,
				        case when n % 1000 = 0 then 'Laboratoire Pharmacia ' || n else 'Entreprise générée ' || n end
				          as name,
				        case when n % 5000 = 0 then 'CLUSTER' else 'COMPANY' end as kind
				      from generate_series(1, ?) as n) as generated
				""", SIZE);
		this.jdbc.execute("vacuum analyze organisation");
	}

	@Test
	void aSearchForAWordUsesTheTrigramIndex() {
		Page<Organisation> found = withoutSequentialScan(() -> this.directory
			.search(OrganisationSearch.text("pharmacia"), PageRequest.of(0, 20, Sort.by("name"))));
		assertThat(found.getTotalElements()).isEqualTo(SIZE / 1000);
		assertThat(found.getContent())
			.allSatisfy((organisation) -> assertThat(organisation.getName()).contains("Pharmacia"));
	}

	@Test
	void aSearchWithAFilterUsesTheIndexes() {
		OrganisationSearch clusters = new OrganisationSearch("pharmacia", OrganisationKind.CLUSTER, null, null, null,
				null, null, false);
		Page<Organisation> found = withoutSequentialScan(
				() -> this.directory.search(clusters, PageRequest.of(0, 20, Sort.by("name"))));
		assertThat(found.getTotalElements()).isEqualTo(SIZE / 5000);
	}

	@Test
	void theInstitutionsInNameOrderReadTheIndexes() {
		OrganisationSearch institutions = new OrganisationSearch(null, null, OrganisationSearch.Group.INSTITUTIONS,
				null, null, null, null, false);
		Page<Organisation> page = withoutSequentialScan(
				() -> this.directory.search(institutions, PageRequest.of(0, 20, Sort.by("name"))));
		assertThat(page.getContent()).isNotEmpty()
			.allSatisfy((organisation) -> assertThat(organisation.isInstitution()).isTrue());
	}

	private <T> T withoutSequentialScan(Supplier<T> query) {
		return this.transactions.execute((status) -> {
			long before = sequentialScans();
			T result = query.get();
			assertThat(sequentialScans() - before).as("sequential scans of organisation").isZero();
			return result;
		});
	}

	private long sequentialScans() {
		Long scans = this.jdbc.queryForObject(
				"select coalesce(seq_scan, 0) from pg_stat_xact_user_tables where relname = 'organisation'",
				Long.class);
		return (scans != null) ? scans : 0;
	}

}
