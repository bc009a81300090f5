package org.passerelle.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceTransformerChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An asset is read from where it lies once, then served from memory with its name and
 * response headers.
 */
class AssetsInMemoryTests {

	private final AssetsInMemory assets = new AssetsInMemory();

	private final HttpServletRequest request = new MockHttpServletRequest("GET", "/css/site-abc.css");

	@Test
	void anAssetIsReadOnceThenServedFromMemory() throws IOException {
		CountedAsset asset = new CountedAsset("body { color: #1b1b1b; }");
		Resource served = this.assets.transform(this.request, asset, new Unchanged());
		for (int i = 0; i < 3; i++) {
			try (InputStream content = served.getInputStream()) {
				assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8))
					.isEqualTo("body { color: #1b1b1b; }");
			}
		}
		assertThat(served.contentLength()).isEqualTo(24);
		assertThat(asset.reads).hasValue(1);
	}

	@Test
	void theNameAndResponseHeadersOfTheAssetAreKept() throws IOException {
		Resource served = this.assets.transform(this.request, new CountedAsset("p {}"), new Unchanged());
		assertThat(served.getFilename()).isEqualTo("site.css");
		assertThat(served).isInstanceOf(HttpResource.class);
		assertThat(((HttpResource) served).getResponseHeaders().getETag()).isEqualTo("W/\"abc\"");
	}

	@Test
	void anAssetInMemoryIsNotCopiedAgain() throws IOException {
		Resource served = this.assets.transform(this.request, new CountedAsset("p {}"), new Unchanged());
		assertThat(this.assets.transform(this.request, served, new Unchanged())).isSameAs(served);
	}

	/** A file as the jar gives it: counts how often its content is read. */
	private static final class CountedAsset extends AbstractResource implements HttpResource {

		private final AtomicInteger reads = new AtomicInteger();

		private final byte[] content;

		CountedAsset(String content) {
			this.content = content.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public InputStream getInputStream() {
			this.reads.incrementAndGet();
			return new ByteArrayInputStream(this.content);
		}

		@Override
		public String getDescription() {
			return "an asset of the jar";
		}

		@Override
		public long lastModified() {
			return 0;
		}

		@Override
		public String getFilename() {
			return "site.css";
		}

		@Override
		public HttpHeaders getResponseHeaders() {
			HttpHeaders headers = new HttpHeaders();
			headers.setETag("W/\"abc\"");
			return headers;
		}

	}

	/** The rest of the chain, which leaves the asset as it is. */
	private static final class Unchanged implements ResourceTransformerChain {

		@Override
		public ResourceResolverChain getResolverChain() {
			throw new UnsupportedOperationException();
		}

		@Override
		public Resource transform(HttpServletRequest request, Resource resource) {
			return resource;
		}

	}

}
