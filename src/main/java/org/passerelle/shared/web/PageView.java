package org.passerelle.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * The portal's pages as Thymeleaf renders them, kept in memory as bytes until whole, then
 * sent at once with their length: a failing template gives the error page, not half a
 * page, and nothing goes through the session's and the security's response wrappers piece
 * by piece. Thymeleaf writes into an encoder as it goes, and a {@link KeptHtml} part goes
 * in as its bytes: before (issue 13), a page was written into a string that grew by
 * copies (a megabyte allocated for the reports' 107 kB), copied once more, then encoded
 * by Tomcat, kept parts included.
 */
public class PageView extends ThymeleafView {

	/**
	 * Always: Thymeleaf writes into this view's page as it renders, and the page is sent
	 * once whole.
	 */
	@Override
	public boolean getProducePartialOutputWhileProcessing() {
		return true;
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Page page = new Page(response);
		super.render(model, request, page);
		page.send();
	}

	/** The response as the page is rendered: what is written is kept. */
	private static final class Page extends HttpServletResponseWrapper {

		private @Nullable PageWriter writer;

		Page(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			if (this.writer == null) {
				this.writer = new PageWriter(Charset.forName(getCharacterEncoding()));
			}
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("A page is written as text");
		}

		@Override
		public void flushBuffer() {
			// sent once whole
		}

		void send() throws IOException {
			if (this.writer == null) {
				return;
			}
			this.writer.flush();
			HttpServletResponse response = (HttpServletResponse) getResponse();
			response.setContentLengthLong(this.writer.bytes.size());
			this.writer.bytes.writeTo(response.getOutputStream());
		}

	}

	/** The page's writer: text encoded as it comes, kept parts as their bytes. */
	static final class PageWriter extends PrintWriter {

		private final PageBytes bytes;

		private final boolean utf8;

		private PageWriter(Charset charset) {
			this(new PageBytes(), charset);
		}

		private PageWriter(PageBytes bytes, Charset charset) {
			super(new OutputStreamWriter(bytes, charset));
			this.bytes = bytes;
			this.utf8 = charset.equals(StandardCharsets.UTF_8);
		}

		void writeKept(KeptHtml html) {
			if (this.utf8) {
				flush();
				html.utf8().forEach(this.bytes::add);
			}
			else {
				write(html.toString());
			}
		}

	}

	/**
	 * The page's bytes: the encoder's, copied into chunks, and the kept parts' as they
	 * are, in order. A kept part goes in between two segments of the chunk being filled,
	 * which goes on filling after it.
	 */
	private static final class PageBytes extends OutputStream {

		private static final int CHUNK = 8 * 1024;

		/** The page's bytes before the chunk's segment being filled, in order. */
		private final List<Segment> segments = new ArrayList<>();

		private byte[] chunk = new byte[CHUNK];

		/** Where the segment being filled starts in the chunk. */
		private int start;

		private int used;

		private long size;

		@Override
		public void write(int b) {
			if (this.used == this.chunk.length) {
				next();
			}
			this.chunk[this.used++] = (byte) b;
			this.size++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			int from = offset;
			int left = length;
			while (left > 0) {
				if (this.used == this.chunk.length) {
					next();
				}
				int copied = Math.min(left, this.chunk.length - this.used);
				System.arraycopy(bytes, from, this.chunk, this.used, copied);
				this.used += copied;
				from += copied;
				left -= copied;
			}
			this.size += length;
		}

		/** Bytes kept elsewhere, as they are: not to be changed. */
		void add(byte[] kept) {
			endSegment();
			this.segments.add(new Segment(kept, 0, kept.length));
			this.size += kept.length;
		}

		private void next() {
			endSegment();
			this.chunk = new byte[CHUNK];
			this.start = 0;
			this.used = 0;
		}

		private void endSegment() {
			if (this.used > this.start) {
				this.segments.add(new Segment(this.chunk, this.start, this.used - this.start));
				this.start = this.used;
			}
		}

		long size() {
			return this.size;
		}

		void writeTo(OutputStream out) throws IOException {
			for (Segment segment : this.segments) {
				out.write(segment.bytes(), segment.offset(), segment.length());
			}
			out.write(this.chunk, this.start, this.used - this.start);
		}

	}

	private record Segment(byte[] bytes, int offset, int length) {

	}

}
