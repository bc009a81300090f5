package org.passerelle.account;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which mails each person receives and how ({@code /account/notifications}); asked by the
 * notification module before it sends a mail. A topic never chosen is sent at once.
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
				select a.id, coalesce(p.delivery, 'IMMEDIATE') as delivery
				from account a
				left join account_notification_preference p on p.account_id = a.id and p.topic = :topic
				where a.email = :email and a.active
				""")
			.param("email", Account.normalise(email))
			.param("topic", topic.name())
			.query((rs, row) -> new Recipient(rs.getLong("id"), Delivery.valueOf(rs.getString("delivery"))))
			.optional();
	}

	/**
	 * An account that receives a topic of mail this way.
	 *
	 * @param accountId the account
	 * @param delivery how it receives this topic
	 */
	public record Recipient(long accountId, Delivery delivery) {

	}

}
