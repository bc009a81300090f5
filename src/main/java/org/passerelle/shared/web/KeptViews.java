package org.passerelle.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.View;

import org.passerelle.shared.KeptPerKey;

/**
 * A part of a page (a template's fragment, as a view {@code template :: fragment})
 * rendered once per key and language, as the portal renders its views (links, messages,
 * beans, the reader's permissions, forms with their CSRF field), and kept as HTML until
 * one of the given entity types is written, a minute at most ({@link KeptPerKey}), as its
 * bytes; the page writes it with {@code pa:html} ({@link KeptHtml}). For pages whose
 * rendering is most of their cost and the same for every reader of the same key (issue
 * 13): the key holds what the part depends on (the record shown, what the reader may see
 * of it, the day).
 * <p>
 * The part is rendered with a stand-in CSRF token, and each request's own token is put in
 * its place when the part is written ({@link Kept#html}): a reader never gets another's
 * token. Nothing else in the part may depend on the reader beyond the key.
 * <p>
 * The view may also be a whole template, layout included, for a page the same for every
 * visitor of the same key: the controller then writes the HTML as it is
 * ({@link HtmlPage}).
 *
 * @param <K> what the part depends on besides the language, with value equality
 * @param <V> what is kept with the part for the controller (the page's title, where it
 * redirects to...)
 */
public final class KeptViews<K, V> {

	/** Stands for the CSRF token in kept HTML: unknown outside this instance. */
	static final String TOKEN_MARK = "kept-csrf-" + UUID.randomUUID();

	private final ThymeleafViewResolver views;

	private final String view;

	private final KeptPerKey<Key<K>, Made<V, Kept>> kept;

	/**
	 * @param views the portal's Thymeleaf view resolver
	 * @param view the part's view name, {@code template :: fragment}
	 * @param capacity how many renderings are kept at once
	 * @param types the entities whose writes make the renderings stale; none: a write of
	 * any entity does
	 */
	public KeptViews(ThymeleafViewResolver views, String view, int capacity, Class<?>... types) {
		this.views = views;
		this.view = view;
		this.kept = new KeptPerKey<>(capacity, Duration.ofMinutes(1), types);
	}

	/**
	 * The part for this key in this request's language, as kept, or rendered now from the
	 * model made then, with what goes with it; written with the request's own CSRF token.
	 * A model that cannot be made (the record is not found, or not for this reader)
	 * throws and nothing is kept.
	 * @param locale the request's language (the view renders in it)
	 * @param model what the part shows and what goes with it, made only when not kept
	 */
	public Made<V, KeptHtml> of(K key, Locale locale, HttpServletRequest request, HttpServletResponse response,
			Supplier<Made<V, Map<String, ?>>> model) {
		Made<V, Kept> made = this.kept.get(new Key<>(key, locale), () -> {
			Made<V, Map<String, ?>> found = model.get();
			return new Made<>(found.value(),
					(found.part() != null) ? render(request, response, locale, found.part()) : null);
		});
		return new Made<>(made.value(), (made.part() != null) ? made.part().html(request) : null);
	}

	/**
	 * The part for this key in this request's language, as {@link #of}, for a part kept
	 * with nothing else ({@code V} is {@link Void}).
	 * @param model what the part shows, made only when not kept
	 */
	public KeptHtml part(K key, Locale locale, HttpServletRequest request, HttpServletResponse response,
			Supplier<Map<String, ?>> model) {
		return Objects.requireNonNull(of(key, locale, request, response, () -> new Made<>(null, model.get())).part());
	}

	/**
	 * The part rendered now and not kept, for a request that shows more than the key says
	 * (a message carried over from the form it comes back from, for instance).
	 */
	public Made<V, KeptHtml> now(Locale locale, HttpServletRequest request, HttpServletResponse response,
			Supplier<Made<V, Map<String, ?>>> model) {
		Made<V, Map<String, ?>> found = model.get();
		return new Made<>(found.value(),
				(found.part() != null) ? render(request, response, locale, found.part()).html(request) : null);
	}

	private Kept render(HttpServletRequest request, HttpServletResponse response, Locale locale, Map<String, ?> model) {
		try {
			View part = this.views.resolveViewName(this.view, locale);
			if (part == null) {
				throw new IllegalStateException("No view " + this.view);
			}
			Rendering rendering = new Rendering(response);
			part.render(model, new WithTokenMark(request), rendering);
			return Kept.of(rendering.html());
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render " + this.view, ex);
		}
	}

	/**
	 * A rendered part, cut where the CSRF token goes, in UTF-8.
	 *
	 * @param pieces the HTML before, between and after the tokens
	 * @param whole the part as it is written for every request when it holds no token
	 */
	record Kept(List<byte[]> pieces, @Nullable KeptHtml whole) {

		static Kept of(String html) {
			List<byte[]> pieces = new ArrayList<>();
			int from = 0;
			for (int at = html.indexOf(TOKEN_MARK); at >= 0; at = html.indexOf(TOKEN_MARK, from)) {
				pieces.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
				from = at + TOKEN_MARK.length();
			}
			pieces.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
			List<byte[]> kept = List.copyOf(pieces);
			return new Kept(kept, (kept.size() == 1) ? KeptHtml.ofBytes(kept) : null);
		}

		/** The HTML with this request's CSRF token (none if it has none). */
		KeptHtml html(HttpServletRequest request) {
			if (this.whole != null) {
				return this.whole;
			}
			CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			byte[] token = ((csrf != null) ? csrf.getToken() : "").getBytes(StandardCharsets.UTF_8);
			List<byte[]> html = new ArrayList<>(this.pieces.size() * 2 - 1);
			html.add(this.pieces.get(0));
			for (int i = 1; i < this.pieces.size(); i++) {
				html.add(token);
				html.add(this.pieces.get(i));
			}
			return KeptHtml.ofBytes(html);
		}

	}

	/**
	 * The request as the part is rendered: its CSRF token is the mark, under Spring
	 * Security's default names. The request's own token is not asked anything: it is
	 * loaded on first use, and a page whose request loaded it is not served to other
	 * visitors ({@link org.passerelle.shared.security.CsrfCookie#wasRead},
	 * {@link AnonymousPages}).
	 */
	private static final class WithTokenMark extends HttpServletRequestWrapper {

		private static final CsrfToken MARK = new DefaultCsrfToken("X-CSRF-TOKEN", CsrfFieldBinding.CSRF_FIELD,
				TOKEN_MARK);

		WithTokenMark(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			if (name.equals(CsrfToken.class.getName()) || name.equals(MARK.getParameterName())) {
				return MARK;
			}
			return super.getAttribute(name);
		}

	}

	/**
	 * A response that keeps what the view writes, as text or as bytes in UTF-8 (a
	 * {@link PageView}'s), and nothing of its headers. As a servlet response, it is
	 * written one way or the other, not both.
	 */
	private static final class Rendering extends HttpServletResponseWrapper {

		private @Nullable StringWriter text;

		private @Nullable PrintWriter writer;

		private @Nullable ByteArrayOutputStream bytes;

		Rendering(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			if (this.bytes != null) {
				throw new IllegalStateException("The part is written as bytes");
			}
			if (this.writer == null) {
				this.text = new StringWriter(16 * 1024);
				this.writer = new PrintWriter(this.text);
			}
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			if (this.writer != null) {
				throw new IllegalStateException("The part is written as text");
			}
			if (this.bytes == null) {
				this.bytes = new ByteArrayOutputStream(16 * 1024);
			}
			ByteArrayOutputStream out = this.bytes;
			return new ServletOutputStream() {

				@Override
				public void write(int b) {
					out.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) {
					out.write(bytes, offset, length);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public String getCharacterEncoding() {
			return StandardCharsets.UTF_8.name();
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setContentLength(int length) {
		}

		@Override
		public void setContentLengthLong(long length) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void flushBuffer() {
		}

		String html() {
			if (this.bytes != null) {
				return this.bytes.toString(StandardCharsets.UTF_8);
			}
			if (this.writer != null && this.text != null) {
				this.writer.flush();
				return this.text.toString();
			}
			return "";
		}

	}

	/**
	 * What goes with a part, and the part: its model (none when there is no part to show,
	 * a page that redirects for instance), or its HTML.
	 *
	 * @param <V> what goes with the part
	 * @param <P> the part
	 */
	public record Made<V, P>(V value, @Nullable P part) {

		/** What goes with no part to show. */
		public static <V, P> Made<V, P> without(V value) {
			return new Made<>(value, null);
		}

	}

	private record Key<K>(K key, Locale locale) {
	}

}
