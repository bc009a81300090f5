package org.passerelle.account;

import java.util.Locale;

/**
 * An administrator unlocked an account locked after failed sign-ins: the person is told.
 *
 * @param email the person's address
 * @param displayName the person's name
 * @param locale the language of the mail
 */
public record AccountUnlocked(String email, String displayName, Locale locale) {

}
