package org.passerelle.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * An asset's bytes read once, then served from memory: the resource chain's cache keeps
 * the transformed resource, but a file of the jar (ours, a webjar's) is otherwise looked
 * up in the jar for its length and inflated from it on every request. Side by side (issue
 * 13), the portal's stylesheet went from 9,500–12,000 to 16,000–20,000 requests a second
 * at 32 clients, Bootstrap's from 1,400 to 3,600. Only the files asked for are read:
 * usually those the pages link to (about 330 kB); at most every file under the asset
 * folders and in the webjars (11 MB, nearly all of it Bootstrap's sources and maps),
 * which the heap holds. Their response headers (the version's {@code ETag}) are kept.
 */
class AssetsInMemory implements ResourceTransformer {

	@Override
	public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
			throws IOException {
		Resource transformed = chain.transform(request, resource);
		return (transformed instanceof InMemory) ? transformed
				: new InMemory(transformed, transformed.getContentAsByteArray());
	}

	/**
	 * An asset's content in memory, with its original's name and response headers.
	 */
	static final class InMemory extends TransformedResource implements HttpResource {

		private final Resource original;

		InMemory(Resource original, byte[] content) {
			super(original, content);
			this.original = original;
		}

		@Override
		public HttpHeaders getResponseHeaders() {
			return (this.original instanceof HttpResource http) ? http.getResponseHeaders() : new HttpHeaders();
		}

	}

}
