package org.passerelle.shared.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session attributes read once per stored bytes, and only those safe to share.
 */
class SessionAttributeReaderTests {

	private final SerializingConverter serializer = new SerializingConverter();

	private final AtomicInteger deserialized = new AtomicInteger();

	private final SessionAttributeReader reader = new SessionAttributeReader((bytes) -> {
		this.deserialized.incrementAndGet();
		return new DeserializingConverter().convert(bytes);
	});

	@Test
	void aSecurityContextIsDeserializedOnceAndEachReaderGetsItsOwnCopy() {
		SecurityContext stored = context("staff@example.org");
		byte[] bytes = this.serializer.convert(stored);

		SecurityContext first = (SecurityContext) this.reader.convert(bytes.clone());
		SecurityContext second = (SecurityContext) this.reader.convert(bytes.clone());

		assertThat(this.deserialized).hasValue(1);
		assertThat(first).isEqualTo(stored).isNotSameAs(second);
		assertThat(second).isEqualTo(stored);
		// a sign-out empties the context it was given; the next request's is whole
		first.setAuthentication(null);
		SecurityContext third = (SecurityContext) this.reader.convert(bytes);
		assertThat(third.getAuthentication()).isNotNull();
		assertThat(third.getAuthentication().getName()).isEqualTo("staff@example.org");
	}

	@Test
	void otherBytesAreReadApart() {
		SecurityContext one = (SecurityContext) this.reader.convert(this.serializer.convert(context("a@example.org")));
		SecurityContext other = (SecurityContext) this.reader
			.convert(this.serializer.convert(context("b@example.org")));

		assertThat(this.deserialized).hasValue(2);
		assertThat(one.getAuthentication().getName()).isEqualTo("a@example.org");
		assertThat(other.getAuthentication().getName()).isEqualTo("b@example.org");
	}

	@Test
	void anythingElseIsDeserializedEachTime() {
		List<String> flash = new ArrayList<>(List.of("saved"));
		byte[] bytes = this.serializer.convert(flash);

		Object first = this.reader.convert(bytes);
		Object second = this.reader.convert(bytes);

		assertThat(this.deserialized).hasValue(2);
		assertThat(first).isEqualTo(flash).isNotSameAs(second);
	}

	@Test
	void theConversionServiceWritesAsBeforeAndReadsThroughTheReader() {
		GenericConversionService conversions = SessionAttributeReader.conversionService(getClass().getClassLoader());
		SecurityContext stored = context("liaison@example.org");

		byte[] bytes = conversions.convert(stored, byte[].class);

		assertThat(bytes).isEqualTo(this.serializer.convert(stored));
		assertThat(conversions.convert(bytes, Object.class)).isEqualTo(stored);
	}

	private static SecurityContext context(String email) {
		PasserelleUser user = new PasserelleUser(7, email, "", "Someone", Role.STAFF, 3L, true, true);
		return new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
