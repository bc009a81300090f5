package org.passerelle.stand;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The fee split: whole cents that always add up to the price, by largest remainder, ties
 * to the company earlier on the stand; checked on known cases and on many random prices
 * and shares; and amounts as each language writes them.
 */
class FeeSplitTests {

	@Test
	void knownCases() {
		assertThat(FeeSplit.split(60000, new int[] { 1, 1, 1 })).containsExactly(20000, 20000, 20000);
		assertThat(FeeSplit.split(10000, new int[] { 1, 1, 1 })).containsExactly(3334, 3333, 3333);
		assertThat(FeeSplit.split(60000, new int[] { 2, 1, 1 })).containsExactly(30000, 15000, 15000);
		// 100.00 in seven equal parts (14.2857… each): four cents left, to the first four
		assertThat(FeeSplit.split(10000, new int[] { 1, 1, 1, 1, 1, 1, 1 })).containsExactly(1429, 1429, 1429, 1429,
				1428, 1428, 1428);
		// one cent between three: the lead pays it
		assertThat(FeeSplit.split(1, new int[] { 1, 1, 1 })).containsExactly(1, 0, 0);
		// the largest remainder wins over the order: 1.00 as 1:2 is 0.333… and 0.666…
		assertThat(FeeSplit.split(100, new int[] { 1, 2 })).containsExactly(33, 67);
		assertThat(FeeSplit.split(0, new int[] { 3, 1 })).containsExactly(0, 0);
		assertThat(FeeSplit.split(60000, new int[] { 5 })).containsExactly(60000);
	}

	@Test
	void refusesWhatIsNotAPriceOrAShare() {
		assertThatIllegalArgumentException().isThrownBy(() -> FeeSplit.split(-1, new int[] { 1 }));
		assertThatIllegalArgumentException().isThrownBy(() -> FeeSplit.split(100, new int[0]));
		assertThatIllegalArgumentException().isThrownBy(() -> FeeSplit.split(100, new int[] { 1, 0 }));
	}

	/**
	 * Over many random prices (up to 1,000,000.00) and shares (1 to 10 companies, shares
	 * 1 to 1000): the amounts add up to the price; each is its exact part rounded down or
	 * up by one cent; the extra cents went to the largest remainders, ties to the earlier
	 * company; a larger share never pays less; an equal split differs by at most a cent,
	 * the earlier companies paying the extra ones.
	 */
	@Test
	void alwaysAddsUpAndFollowsTheStatedRuleOnManyPricesAndShares() {
		Random random = new Random(20261130L);
		for (int run = 0; run < 20_000; run++) {
			long price = switch (run % 4) {
				case 0 -> random.nextInt(100);
				case 1 -> random.nextInt(100_000);
				case 2 -> 100L * random.nextInt(10_000);
				default -> (long) (random.nextDouble() * 100_000_000L);
			};
			int companies = 1 + random.nextInt(10);
			int[] shares = new int[companies];
			boolean equal = run % 3 == 0;
			for (int i = 0; i < companies; i++) {
				shares[i] = equal ? 1 : 1 + random.nextInt((run % 2 == 0) ? 5 : 1000);
			}
			long[] amounts = FeeSplit.split(price, shares);
			String what = price + " cents in " + Arrays.toString(shares) + " → " + Arrays.toString(amounts);
			assertThat(Arrays.stream(amounts).sum()).as(what).isEqualTo(price);
			long total = Arrays.stream(shares).sum();
			boolean[] extra = new boolean[companies];
			long[] remainder = new long[companies];
			for (int i = 0; i < companies; i++) {
				BigInteger exact = BigInteger.valueOf(price).multiply(BigInteger.valueOf(shares[i]));
				long floor = exact.divide(BigInteger.valueOf(total)).longValueExact();
				remainder[i] = exact.mod(BigInteger.valueOf(total)).longValueExact();
				assertThat(amounts[i]).as(what).isBetween(floor, floor + 1);
				extra[i] = amounts[i] == floor + 1;
				assertThat(extra[i] && remainder[i] == 0).as(what).isFalse();
			}
			for (int i = 0; i < companies; i++) {
				for (int j = 0; j < companies; j++) {
					if (extra[i] && !extra[j]) {
						assertThat(remainder[i] > remainder[j] || (remainder[i] == remainder[j] && i < j))
							.as("%s: company %d got a cent before company %d", what, i, j)
							.isTrue();
					}
					if (shares[i] > shares[j]) {
						assertThat(amounts[i]).as(what).isGreaterThanOrEqualTo(amounts[j]);
					}
				}
			}
			if (equal) {
				for (int i = 1; i < companies; i++) {
					assertThat(amounts[i]).as(what).isLessThanOrEqualTo(amounts[i - 1]);
					assertThat(amounts[0] - amounts[i]).as(what).isLessThanOrEqualTo(1);
				}
			}
		}
	}

	@Test
	void amountsAreWrittenAsEachLanguageWritesThem() {
		assertThat(Money.euros(60000).format(Locale.FRENCH)).isEqualTo("600,00\u00a0€");
		assertThat(Money.euros(60000).format(Locale.ENGLISH)).isEqualTo("€600.00");
		assertThat(Money.euros(123450).format(Locale.FRENCH)).isEqualTo("1\u202f234,50\u00a0€");
		assertThat(Money.euros(123450).format(Locale.ENGLISH)).isEqualTo("€1,234.50");
		assertThat(Money.euros(5).plain()).isEqualTo("0.05");
		assertThat(new Money(1999, "GBP").format(Locale.ENGLISH)).isEqualTo("£19.99");
	}

}
