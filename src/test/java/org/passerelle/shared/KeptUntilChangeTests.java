package org.passerelle.shared;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A kept value is made again after a write of its types, by one reader at a time.
 */
class KeptUntilChangeTests {

	@Test
	void aValueIsKeptUntilItsTypeIsWritten() {
		AtomicInteger made = new AtomicInteger();
		KeptUntilChange<Integer> kept = new KeptUntilChange<>(Duration.ofHours(1), made::incrementAndGet,
				Written.class);
		assertThat(kept.get()).isEqualTo(1);
		assertThat(kept.get()).isEqualTo(1);
		KeptUntilChange.written(Other.class);
		assertThat(kept.get()).isEqualTo(1);
		KeptUntilChange.written(Written.class);
		assertThat(kept.get()).isEqualTo(2);
		assertThat(made).hasValue(2);
	}

	@Test
	void whileOneReaderMakesTheNewValueTheOthersAreGivenTheLastOne() throws Exception {
		HeldMaker held = new HeldMaker(2);
		KeptUntilChange<Integer> kept = new KeptUntilChange<>(Duration.ofHours(1), held, Slow.class);
		assertThat(kept.get()).isEqualTo(1);
		KeptUntilChange.written(Slow.class);
		CompletableFuture<Integer> maker = CompletableFuture.supplyAsync(kept::get);
		assertThat(held.making.await(10, TimeUnit.SECONDS)).isTrue();

		assertThat(kept.get()).isEqualTo(1);
		assertThat(kept.get()).isEqualTo(1);
		assertThat(held.made).hasValue(2);

		held.release.countDown();
		assertThat(maker.get(10, TimeUnit.SECONDS)).isEqualTo(2);
		assertThat(kept.get()).isEqualTo(2);
		assertThat(held.made).hasValue(2);
	}

	@Test
	void beforeTheFirstValueTheOthersWaitForTheReaderMakingIt() throws Exception {
		HeldMaker held = new HeldMaker(1);
		KeptUntilChange<Integer> kept = new KeptUntilChange<>(Duration.ofHours(1), Duration.ofSeconds(30), held,
				First.class);
		CompletableFuture<Integer> maker = CompletableFuture.supplyAsync(kept::get);
		assertThat(held.making.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(kept::get);
		Thread.sleep(200);
		assertThat(waiting).isNotDone();

		held.release.countDown();
		assertThat(maker.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		assertThat(held.made).hasValue(1);
	}

	@Test
	void beforeTheFirstValueTheOthersWaitNoLongerThanTheFirstWait() throws Exception {
		HeldMaker held = new HeldMaker(1);
		KeptUntilChange<Integer> kept = new KeptUntilChange<>(Duration.ofHours(1), Duration.ofMillis(100), held,
				FirstSlow.class);
		CompletableFuture<Integer> maker = CompletableFuture.supplyAsync(kept::get);
		assertThat(held.making.await(10, TimeUnit.SECONDS)).isTrue();

		assertThat(kept.get()).isEqualTo(2);

		held.release.countDown();
		assertThat(maker.get(10, TimeUnit.SECONDS)).isEqualTo(1);
	}

	@Test
	void afterAFailedMakingTheNextReaderMakesTheValue() {
		AtomicInteger made = new AtomicInteger();
		Supplier<Integer> failingOnce = () -> {
			if (made.incrementAndGet() == 2) {
				throw new IllegalStateException("the database is away");
			}
			return made.get();
		};
		KeptUntilChange<Integer> kept = new KeptUntilChange<>(Duration.ofHours(1), failingOnce, Failing.class);
		assertThat(kept.get()).isEqualTo(1);
		KeptUntilChange.written(Failing.class);
		assertThatIllegalStateException().isThrownBy(kept::get);
		assertThat(kept.get()).isEqualTo(3);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Makes 1, 2, 3... and is held while making value {@code heldAt}: it says so through
	 * {@code making} and goes on once {@code release} is counted down.
	 */
	private static final class HeldMaker implements Supplier<Integer> {

		final CountDownLatch making = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final AtomicInteger made = new AtomicInteger();

		private final int heldAt;

		HeldMaker(int heldAt) {
			this.heldAt = heldAt;
		}

		@Override
		public Integer get() {
			int value = this.made.incrementAndGet();
			if (value == this.heldAt) {
				this.making.countDown();
				await(this.release);
			}
			return value;
		}

	}

	/** Types of their own, so that other tests' writes do not count. */
	private static final class Written {

	}

	private static final class Other {

	}

	private static final class Slow {

	}

	private static final class First {

	}

	private static final class FirstSlow {

	}

	private static final class Failing {

	}

}
