package org.passerelle.stand;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.passerelle.PostgresTest;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two staff accepting the last stand of a type at the same time, on the real PostgreSQL:
 * exactly one succeeds, the other is told none is left, and the counter never goes above
 * what each session offers.
 */
@PostgresTest
class StandConcurrencyTests {

	@Autowired
	private StandFixtures fixtures;

	@Autowired
	private StandService stands;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void twoStaffAcceptingTheLastStandAtOnceExactlyOneSucceeds() throws Exception {
		for (int round = 0; round < 5; round++) {
			StandFixtures.Forum forum = this.fixtures.forum(true, 1);
			Stand first = this.stands.apply(forum.event(), forum.type().getId(), false,
					this.fixtures.liaison("CMA CGM", unique()));
			Stand second = this.stands.apply(forum.event(), forum.type().getId(), false,
					this.fixtures.liaison("L'Occitane en Provence", unique()));
			PasserelleUser staff = this.fixtures.events().people().staff();
			PasserelleUser admin = this.fixtures.events().people().admin();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<Stand>> results = new ArrayList<>();
			results.add(pool.submit(accept(start, first, StandFixtures.numbers(forum.event(), "P1"), staff)));
			results.add(pool.submit(accept(start, second, StandFixtures.numbers(forum.event(), "P2"), admin)));
			start.countDown();
			pool.shutdown();
			assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
			int accepted = 0;
			List<String> refusals = new ArrayList<>();
			for (Future<Stand> result : results) {
				try {
					assertThat(result.get().getStatus()).isEqualTo(StandStatus.ACCEPTED);
					accepted++;
				}
				catch (ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(StandRefusedException.class);
					refusals.add(((StandRefusedException) ex.getCause()).getMessageKey());
				}
			}
			assertThat(accepted).as("round %d", round).isEqualTo(1);
			assertThat(refusals).containsExactly("stand.refused.noneLeft");
			assertThat(this.jdbc.sql("select taken from stand_stock where stand_type_id = :t")
				.param("t", forum.type().getId())
				.query(Integer.class)
				.list()).containsExactly(1, 1);
			assertThat(this.jdbc.sql("select count(*) from stand where stand_type_id = :t and status = 'ACCEPTED'")
				.param("t", forum.type().getId())
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(this.jdbc
				.sql("select count(*) from stand_placement p join stand s on s.id = p.stand_id "
						+ "where s.stand_type_id = :t")
				.param("t", forum.type().getId())
				.query(Long.class)
				.single()).as("the refused stand holds no number").isEqualTo(2);
		}
	}

	@Test
	void theDatabaseRefusesMoreStandsThanASessionOffersAndANumberTwice() {
		StandFixtures.Forum forum = this.fixtures.forum(true, 1);
		Stand stand = this.stands.apply(forum.event(), forum.type().getId(), false,
				this.fixtures.liaison("CMA CGM", unique()));
		this.stands.accept(stand.getId(), stand.getVersion(), StandFixtures.numbers(forum.event(), "Q1"),
				this.fixtures.events().people().staff());
		assertThatThrownBy(() -> this.jdbc.sql("update stand_stock set taken = taken + 1 where stand_type_id = :t")
			.param("t", forum.type().getId())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		// another type at the same event: a number given already at a session is refused
		StandType corner = this.stands.addType(forum.event(),
				new StandTypeDetails("Stand d'angle", "Corner stand", Money.euros(90000), 2, 1));
		Stand other = this.stands.apply(forum.event(), corner.getId(), false,
				this.fixtures.liaison("HalioDx", unique()));
		assertThatThrownBy(() -> this.stands.accept(other.getId(), other.getVersion(),
				StandFixtures.numbers(forum.event(), "Q1"), this.fixtures.events().people().staff()))
			.hasMessage("stand.refused.numberTaken");
		assertThat(this.stands.stand(other.getId()).getStatus()).isEqualTo(StandStatus.PENDING);
		assertThat(this.stands.taken(forum.event().getId()).get(corner.getId())).as("nothing taken for it")
			.satisfiesAnyOf((taken) -> assertThat(taken).isNull(),
					(taken) -> assertThat(taken.values()).containsOnly(0));
	}

	private Callable<Stand> accept(CountDownLatch start, Stand stand, java.util.Map<Long, String> numbers,
			PasserelleUser staff) {
		return () -> {
			start.await();
			return this.stands.accept(stand.getId(), stand.getVersion(), numbers, staff);
		};
	}

	private static String unique() {
		return "c-" + UUID.randomUUID() + "@example.org";
	}

}
