package org.passerelle.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules a new password must meet beyond its length, on the list shipped with the
 * portal.
 */
class PasswordRulesTests {

	private final PasswordRules rules = new PasswordRules();

	@Test
	void refusesCommonPasswordsAndThemPadded() {
		assertThat(this.rules.problems("123456789012", null)).containsExactly(PasswordRules.COMMON);
		assertThat(this.rules.problems("Password123456", null)).containsExactly(PasswordRules.COMMON);
		assertThat(this.rules.problems("!!monkey2024!!", null)).containsExactly(PasswordRules.COMMON);
		assertThat(this.rules.problems("AzertyAzerty", null)).containsExactly(PasswordRules.COMMON);
		assertThat(this.rules.problems("motdepasse1234", null)).containsExactly(PasswordRules.COMMON);
		assertThat(this.rules.problems("Passerelle2026", null)).containsExactly(PasswordRules.COMMON);
	}

	@Test
	void refusesRepetitions() {
		assertThat(this.rules.problems("aaaaaaaaaaaaaa", null)).containsExactly(PasswordRules.REPETITIVE);
		assertThat(this.rules.problems("xyzxyzxyzxyzx", null)).containsExactly(PasswordRules.REPETITIVE);
	}

	@Test
	void refusesTheEmailAndListsEveryProblem() {
		assertThat(this.rules.problems("Someone@Example.org", "someone@example.org"))
			.containsExactly(PasswordRules.SAME_AS_EMAIL);
	}

	@Test
	void acceptsASentence() {
		assertThat(this.rules.problems("le canal du midi en automne", "someone@example.org")).isEmpty();
		assertThat(this.rules.problems("correct horse battery staple", null)).isEmpty();
	}

	@Test
	void leavesLengthToTheForms() {
		assertThat(this.rules.problems("password", null)).isEmpty();
		assertThat(this.rules.problems(null, null)).isEmpty();
	}

}
