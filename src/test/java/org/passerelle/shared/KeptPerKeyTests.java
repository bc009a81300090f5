package org.passerelle.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values made per key, kept until a write of their entity types.
 */
class KeptPerKeyTests {

	private final AtomicInteger made = new AtomicInteger();

	@Test
	void eachKeysValueIsMadeOnceUntilItsTypesAreWritten() {
		KeptPerKey<String, String> kept = new KeptPerKey<>(Duration.ofMinutes(1), Watched.class);

		assertThat(kept.get("a", () -> make("a"))).isEqualTo("a1");
		assertThat(kept.get("b", () -> make("b"))).isEqualTo("b2");
		assertThat(kept.get("a", () -> make("a"))).isEqualTo("a1");
		KeptUntilChange.written(Unwatched.class);
		assertThat(kept.get("a", () -> make("a"))).isEqualTo("a1");
		KeptUntilChange.written(Watched.class);
		assertThat(kept.get("a", () -> make("a"))).isEqualTo("a3");
		assertThat(kept.get("b", () -> make("b"))).isEqualTo("b4");
		assertThat(this.made).hasValue(4);
	}

	@Test
	void withoutTypesAWriteOfAnyEntityMakesThemAgain() {
		KeptPerKey<String, String> kept = new KeptPerKey<>(Duration.ofMinutes(1));

		assertThat(kept.get("a", () -> make("a"))).isEqualTo("a1");
		assertThat(kept.get("a", () -> make("a"))).isEqualTo("a1");
		KeptUntilChange.written(Unwatched.class);
		assertThat(kept.get("a", () -> make("a"))).isEqualTo("a2");
	}

	@Test
	void aValueIsKeptNoLongerThanItsMaximumAge() {
		KeptPerKey<String, String> kept = new KeptPerKey<>(Duration.ZERO, Watched.class);

		assertThat(kept.get("a", () -> make("a"))).isEqualTo("a1");
		assertThat(kept.get("a", () -> make("a"))).isEqualTo("a2");
	}

	@Test
	void keysBeyondTheCapacityHaveTheirValuesMadeEachTime() {
		KeptPerKey<String, String> kept = new KeptPerKey<>(2, Duration.ofMinutes(1), Watched.class);

		assertThat(kept.get("a", () -> make("a"))).isEqualTo("a1");
		assertThat(kept.get("b", () -> make("b"))).isEqualTo("b2");
		assertThat(kept.get("c", () -> make("c"))).isEqualTo("c3");
		assertThat(kept.get("c", () -> make("c"))).isEqualTo("c4");
		assertThat(kept.get("a", () -> make("a"))).isEqualTo("a1");
		assertThat(kept.get("b", () -> make("b"))).isEqualTo("b2");
	}

	private String make(String key) {
		return key + this.made.incrementAndGet();
	}

	private static final class Watched {

	}

	private static final class Unwatched {

	}

}
