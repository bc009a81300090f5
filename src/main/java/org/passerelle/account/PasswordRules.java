package org.passerelle.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must not be, beyond its length ({@link PasswordPolicy}): one of the
 * most common passwords (a list shipped with the portal,
 * {@code account/common-passwords.txt}; no network call), one of them padded with digits
 * or symbols, a single character or a short run repeated, or the person's e-mail. Each
 * problem is a message key, so that a form lists them all at once.
 */
@Component
public class PasswordRules {

	/** Among the most common passwords, or one of them padded. */
	public static final String COMMON = "account.password.common";

	/** A character or a short run repeated. */
	public static final String REPETITIVE = "account.password.repetitive";

	/** The person's own e-mail address. */
	public static final String SAME_AS_EMAIL = "account.password.sameAsEmail";

	private static final String LIST = "account/common-passwords.txt";

	/** The shortest core that counts as a common password once padding is removed. */
	private static final int MIN_CORE = 4;

	private final Set<String> common;

	PasswordRules() {
		this.common = load();
	}

	/**
	 * The problems of {@code password} for the person of {@code email}, as message keys;
	 * empty when it will do. Length is checked by the forms (Bean Validation), and the
	 * other rules only for a password of an acceptable length.
	 */
	public List<String> problems(@Nullable String password, @Nullable String email) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < PasswordPolicy.MIN_LENGTH
				|| password.length() > PasswordPolicy.MAX_LENGTH) {
			return problems;
		}
		String lower = password.strip().toLowerCase(Locale.ROOT);
		if (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT))) {
			problems.add(SAME_AS_EMAIL);
		}
		if (isCommon(lower)) {
			problems.add(COMMON);
		}
		else if (isRepetitive(lower)) {
			problems.add(REPETITIVE);
		}
		return problems;
	}

	private boolean isCommon(String lower) {
		if (this.common.contains(lower) || this.common.contains(lower.replace(" ", ""))) {
			return true;
		}
		String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
		if (core.length() >= MIN_CORE && (this.common.contains(core) || isRepeatOfCommon(core))) {
			return true;
		}
		return isRepeatOfCommon(lower);
	}

	/** Such as "azertyazerty" or "monkeymonkey". */
	private boolean isRepeatOfCommon(String text) {
		for (int length = MIN_CORE; length <= text.length() / 2; length++) {
			if (text.length() % length == 0 && text.equals(text.substring(0, length).repeat(text.length() / length))
					&& this.common.contains(text.substring(0, length))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A character or a run of up to three repeated, such as "aaaaaaaaaaaa" or
	 * "abcabcabcabc".
	 */
	private static boolean isRepetitive(String text) {
		for (int length = 1; length <= 3; length++) {
			if (text.equals(text.substring(0, length).repeat(text.length() / length)
					+ text.substring(0, text.length() % length))) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip().toLowerCase(Locale.ROOT);
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is missing: " + LIST, ex);
		}
		return Set.copyOf(words);
	}

}
