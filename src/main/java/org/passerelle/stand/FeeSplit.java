package org.passerelle.stand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a stand's price is split between the companies sharing it, in whole cents that
 * always add up exactly to the price. Each company's exact part is
 * {@code price × share ÷ total of shares}; every company first gets that part rounded
 * down to the cent, then the cents left over (fewer than the number of companies) go one
 * each to the companies whose part lost the most in rounding down (largest remainder,
 * Hamilton's method); between equal remainders, the company earlier on the stand (the
 * lead first, then the invited in the order they joined the list) gets the cent. Equal
 * split is the case where every share is 1.
 */
public final class FeeSplit {

	private FeeSplit() {
	}

	/**
	 * @param price the total, in cents, zero or more
	 * @param shares each company's share, in the stand's order, each at least 1
	 * @return each company's amount in cents, in the same order, adding up to the price
	 */
	public static long[] split(long price, int[] shares) {
		if (price < 0) {
			throw new IllegalArgumentException("A price is zero or more: " + price);
		}
		if (shares.length == 0) {
			throw new IllegalArgumentException("At least one company pays");
		}
		long total = 0;
		for (int share : shares) {
			if (share < 1) {
				throw new IllegalArgumentException("A share is at least 1: " + share);
			}
			total += share;
		}
		long[] amounts = new long[shares.length];
		long[] remainders = new long[shares.length];
		long given = 0;
		for (int i = 0; i < shares.length; i++) {
			long exact = Math.multiplyExact(price, shares[i]);
			amounts[i] = exact / total;
			remainders[i] = exact % total;
			given += amounts[i];
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < shares.length; i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingLong((Integer i) -> remainders[i]).reversed().thenComparing((i) -> i));
		long left = price - given;
		for (int k = 0; k < left; k++) {
			amounts[order.get(k)]++;
		}
		return amounts;
	}

}
