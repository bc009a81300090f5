package org.passerelle.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names the portal sorts itself come in the order the database gives its name columns.
 */
class NameOrderTests {

	@Test
	void sortsInFrenchOrderWithNullsLast() {
		List<String> names = new ArrayList<>(
				Arrays.asList("Usinage", null, "École", "CMA CGM", "Calanques", "eau vive", "Écluse"));
		names.sort(NameOrder.by(Function.identity()));
		assertThat(names).containsExactly("Calanques", "CMA CGM", "eau vive", "Écluse", "École", "Usinage", null);
	}

}
