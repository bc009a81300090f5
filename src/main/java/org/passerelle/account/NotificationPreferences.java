package org.passerelle.account;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which mails each person receives, how ({@code /account/notifications}) and in which
 * language; asked by the notification module before it sends a mail. A topic never chosen
 * is sent at once.
 */
@Service
@Transactional
public class NotificationPreferences {

	private final JdbcClient jdbc;

	NotificationPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every topic with the way this person receives it. */
	@Transactional(readOnly = true)
	public Map<NotificationTopic, Delivery> of(long accountId) {
		Map<NotificationTopic, Delivery> preferences = new EnumMap<>(NotificationTopic.class);
		for (NotificationTopic topic : NotificationTopic.values()) {
			preferences.put(topic, Delivery.IMMEDIATE);
		}
		this.jdbc.sql("select topic, delivery from account_notification_preference where account_id = :account")
			.param("account", accountId)
			.query((rs, row) -> Map.entry(NotificationTopic.valueOf(rs.getString("topic")),
					Delivery.valueOf(rs.getString("delivery"))))
			.list()
			.forEach((entry) -> preferences.put(entry.getKey(), entry.getValue()));
		return preferences;
	}

	/** Records this person's choices; topics left out keep theirs. */
	public void choose(long accountId, Map<NotificationTopic, Delivery> choices) {
		choices.forEach((topic, delivery) -> this.jdbc.sql("""
				insert into account_notification_preference (account_id, topic, delivery)
				values (:account, :topic, :delivery)
				on conflict (account_id, topic) do update set delivery = excluded.delivery
				""")
			.param("account", accountId)
			.param("topic", topic.name())
			.param("delivery", delivery.name())
			.update());
	}

	/**
	 * The active account behind an address and how it receives this topic; empty for an
	 * address without an active account (a participant registered by a form, say), which
	 * is written to at once.
	 */
	@Transactional(readOnly = true)
	public Optional<Recipient> recipient(String email, NotificationTopic topic) {
		return this.jdbc.sql("""
				select a.id, coalesce(p.delivery, 'IMMEDIATE') as delivery, a.language
				from account a
				left join account_notification_preference p on p.account_id = a.id and p.topic = :topic
				where a.email = :email and a.active
				""")
			.param("email", Account.normalise(email))
			.param("topic", topic.name())
			.query((rs, row) -> new Recipient(rs.getLong("id"), Delivery.valueOf(rs.getString("delivery")),
					locale(rs.getString("language"))))
			.optional();
	}

	/**
	 * The language the active account behind an address reads its mail in; empty when
	 * there is no such account or its language is not known yet.
	 */
	@Transactional(readOnly = true)
	public Optional<Locale> language(String email) {
		return this.jdbc.sql("select language from account where email = :email and active and language is not null")
			.param("email", Account.normalise(email))
			.query((rs, row) -> locale(rs.getString("language")))
			.optional();
	}

	/** The language this person reads their mail in, French until known. */
	@Transactional(readOnly = true)
	public Locale language(long accountId) {
		return this.jdbc.sql("select language from account where id = :account")
			.param("account", accountId)
			.query((rs, row) -> Optional.ofNullable(locale(rs.getString("language"))))
			.optional()
			.flatMap((language) -> language)
			.orElse(Locale.FRENCH);
	}

	/**
	 * Records the language this person reads the portal in, for their mail.
	 * @param onlyIfUnknown keep a language already known (a sign-in with the browser's
	 * language does not undo a choice)
	 */
	public void speaks(long accountId, Locale locale, boolean onlyIfUnknown) {
		this.jdbc.sql("""
				update account set language = :language
				where id = :account and language is distinct from :language and (language is null or not :onlyIfUnknown)
				""")
			.param("account", accountId)
			.param("language", supported(locale).getLanguage())
			.param("onlyIfUnknown", onlyIfUnknown)
			.update();
	}

	/** French or English: the portal's languages (French for any other). */
	public static Locale supported(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
	}

	private static @Nullable Locale locale(@Nullable String language) {
		return (language != null) ? supported(Locale.forLanguageTag(language)) : null;
	}

	/**
	 * An account that receives a topic of mail this way.
	 *
	 * @param accountId the account
	 * @param delivery how it receives this topic
	 * @param language the language it reads its mail in, or {@code null} if not known yet
	 */
	public record Recipient(long accountId, Delivery delivery, @Nullable Locale language) {

	}

}
