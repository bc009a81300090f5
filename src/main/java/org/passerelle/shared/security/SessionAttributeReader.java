package org.passerelle.shared.security;

import java.util.Arrays;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import org.passerelle.shared.LeastRecentlyUsed;

/**
 * Reads a session attribute from the bytes Spring Session JDBC stored, as its own
 * converter does (Java serialization), but reads the same bytes once: each page of a
 * signed-in person read its security context from the database and deserialized it again
 * (with the CSRF token, then kept in the session too: 9 % of the processor time of a
 * small page, issue 13).
 * <p>
 * Only what is known to be safe to hand to several requests is kept: a security context,
 * of which each request gets its own copy around the same authentication (a sign-out
 * empties the copy it was given, not the one kept). Anything else (a saved request, flash
 * attributes, a sign-in in progress) is deserialized each time. Kept per exact bytes:
 * another sign-in, or a session changed by another instance of the portal are other
 * bytes.
 */
final class SessionAttributeReader implements Converter<byte[], Object> {

	static final int KEPT = 512;

	private final Converter<byte[], Object> deserializer;

	private final Map<Bytes, Object> kept = new LeastRecentlyUsed<>(KEPT);

	SessionAttributeReader(Converter<byte[], Object> deserializer) {
		this.deserializer = deserializer;
	}

	/**
	 * The conversions Spring Session JDBC's repository uses for attributes: written as
	 * before, read through this reader.
	 * @param classLoader the class loader of the portal's classes
	 */
	static GenericConversionService conversionService(@Nullable ClassLoader classLoader) {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class,
				new SessionAttributeReader(new DeserializingConverter(classLoader)));
		return conversions;
	}

	@Override
	public Object convert(byte[] source) {
		Bytes key = new Bytes(source);
		Object value;
		synchronized (this.kept) {
			value = this.kept.get(key);
		}
		if (value == null) {
			value = this.deserializer.convert(source);
			if (value instanceof SecurityContextImpl) {
				synchronized (this.kept) {
					this.kept.put(key, value);
				}
			}
		}
		return (value instanceof SecurityContextImpl context) ? copy(context) : value;
	}

	private static SecurityContext copy(SecurityContext context) {
		return (context.getAuthentication() != null) ? new SecurityContextImpl(context.getAuthentication())
				: new SecurityContextImpl();
	}

	/** A byte array compared by its content. */
	private static final class Bytes {

		private final byte[] bytes;

		private final int hash;

		Bytes(byte[] bytes) {
			this.bytes = bytes;
			this.hash = Arrays.hashCode(bytes);
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return (other instanceof Bytes that) && this.hash == that.hash && Arrays.equals(this.bytes, that.bytes);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
