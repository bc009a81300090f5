package org.passerelle.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names of organisations by id, as lists show their organisers and parties: one
 * statement whatever the number of ids.
 */
@PostgresTest
@Import(StatementCounter.Configuration.class)
class OrganisationNamesTests {

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatementCounter counter;

	@Test
	void namesEachOrganisationFoundAndLeavesOutUnknownIds() {
		long amu = this.jdbc.sql("select id from organisation where name = 'Aix-Marseille Université'")
			.query(Long.class)
			.single();
		long cma = this.jdbc.sql("select id from organisation where name = 'CMA CGM'").query(Long.class).single();

		Map<Long, String> names = this.organisations.names(List.of(amu, cma, -5L));

		assertThat(names).containsOnly(Map.entry(amu, "Aix-Marseille Université"), Map.entry(cma, "CMA CGM"));
		assertThat(this.organisations.names(List.of())).isEmpty();
	}

	@Test
	void oneStatementWhateverTheNumberOfIds() throws Exception {
		List<Long> all = this.jdbc.sql("select id from organisation order by id").query(Long.class).list();
		for (List<Long> ids : List.of(all.subList(0, 1), all.subList(0, 3), all)) {
			List<Map<Long, String>> found = new ArrayList<>();
			List<String> statements = this.counter.statementsOf(() -> found.add(this.organisations.names(ids)));
			assertThat(statements).hasSize(1);
			assertThat(found.get(0)).hasSize(ids.size());
		}
	}

	@Test
	void partnersWithSectorAreTheFirstByNameAndNoMore() {
		List<String> expected = this.jdbc.sql("""
				select name from organisation where active and sector is not null
				  and kind not in ('UNIVERSITY', 'SCHOOL', 'FACULTY', 'LABORATORY') order by name limit 4""")
			.query(String.class)
			.list();

		List<Organisation> partners = this.organisations.partnersWithSector(4);

		assertThat(expected).hasSize(4);
		assertThat(partners).extracting(Organisation::getName).containsExactlyElementsOf(expected);
		assertThat(partners).allSatisfy((partner) -> {
			assertThat(partner.getSector()).isNotNull();
			assertThat(OrganisationKind.partners()).contains(partner.getKind());
		});
	}

	@Test
	void partnerIdsAreEveryActivePartnerWithoutReadingThem() throws Exception {
		List<Long> expected = this.jdbc.sql("""
				select id from organisation where active
				  and kind not in ('UNIVERSITY', 'SCHOOL', 'FACULTY', 'LABORATORY') order by id""")
			.query(Long.class)
			.list();
		List<List<Long>> found = new ArrayList<>();

		List<String> statements = this.counter.statementsOf(() -> found.add(this.organisations.partnerIds()));

		assertThat(expected).isNotEmpty();
		assertThat(found.get(0)).containsExactlyElementsOf(expected);
		assertThat(statements).singleElement().asString().doesNotContain(".name");
	}

}
