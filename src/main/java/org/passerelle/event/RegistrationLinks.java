package org.passerelle.event;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed links mailed to participants: confirming their e-mail address, cancelling
 * their registration. A link is the registration's public id and an HMAC-SHA256 of it and
 * its purpose, under a key made once and kept in the database (so that every instance,
 * and a restart, accept it).
 */
@Component
public class RegistrationLinks {

	/** What a link does. */
	public enum Purpose {

		CONFIRM, CANCEL,

		/** The participant's own page of their speed-meeting timetable and workshops. */
		TIMETABLE

	}

	private final JdbcClient jdbc;

	private volatile byte @Nullable [] key;

	RegistrationLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The path (to be put after the portal's address) of the link for this purpose. */
	public String path(UUID registration, Purpose purpose) {
		return "/events/registrations/" + registration + "/" + purpose.name().toLowerCase(java.util.Locale.ROOT)
				+ "?signature=" + signature(registration, purpose);
	}

	public String signature(UUID registration, Purpose purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] signed = mac.doFinal((purpose.name() + ":" + registration).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(signed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the signature is the one of this registration's link for this purpose. */
	public boolean isValid(UUID registration, Purpose purpose, @Nullable String signature) {
		return signature != null && MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
				signature(registration, purpose).getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] key() {
		byte[] known = this.key;
		if (known == null) {
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			this.jdbc.sql("insert into event_link_key (id, secret) values (1, :secret) on conflict (id) do nothing")
				.param("secret", HexFormat.of().formatHex(fresh))
				.update();
			known = HexFormat.of()
				.parseHex(this.jdbc.sql("select secret from event_link_key where id = 1").query(String.class).single());
			this.key = known;
		}
		return known;
	}

}
