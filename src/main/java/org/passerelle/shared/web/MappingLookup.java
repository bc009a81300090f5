package org.passerelle.shared.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Finds the controller method of a request among the mappings its first path segment
 * allows. A path with a variable ({@code /events/6/sessions/15/register}) has no direct
 * match, so Spring MVC tries every mapping of the portal on it (more than 200: their
 * methods, parameters and patterns), which took an eighth of a registration's processor
 * time in the registration burst (issue 13). A mapping whose patterns all start with a
 * literal segment ({@code /organisations/...}) cannot match a path whose first segment is
 * another one, so it is passed over at the cost of one string comparison; every other
 * mapping, and every path whose first segment is encoded or carries parameters, goes
 * through Spring's own matching as before. The answer when nothing matches (404, 405,
 * 415) is Spring's: it reads every mapping again for it.
 * <p>
 * Spring Boot takes the portal's parts of Spring MVC from one {@link WebMvcRegistrations}
 * only, this one: it also gives the controllers' adapter ({@link CsrfFieldBinding}).
 */
@Configuration(proxyBeanMethods = false)
class MappingLookup implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new FirstSegmentMapping();
	}

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new CsrfFieldBinding();
	}

	/**
	 * The first segment of a path ({@code events} for {@code /events/6}, the empty string
	 * for {@code /}), or {@code null} when a pattern's match of it is not a plain string
	 * comparison: no leading slash, an encoded character or a matrix parameter.
	 */
	static @Nullable String firstSegment(String path) {
		if (!path.startsWith("/")) {
			return null;
		}
		int end = path.indexOf('/', 1);
		String segment = path.substring(1, (end < 0) ? path.length() : end);
		return (segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0) ? null : segment;
	}

	/**
	 * The first segments a pattern's paths start with, or {@code null} when it may match
	 * paths starting with any ({@code /**}, {@code /{id}}, an empty pattern).
	 */
	static @Nullable String literalFirstSegment(String pattern) {
		String segment = firstSegment(pattern);
		if (segment == null || segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0) {
			return null;
		}
		return segment;
	}

	/**
	 * The request mapping of the controllers, passing over the mappings whose first
	 * segment is not the request's.
	 */
	static class FirstSegmentMapping extends RequestMappingHandlerMapping {

		/** The request's first segment while its handler is looked up. */
		private static final ThreadLocal<@Nullable String> lookedUp = new ThreadLocal<>();

		/** Per mapping, its patterns' first segments; empty when any may match. */
		private final Map<RequestMappingInfo, Optional<Set<String>>> firstSegments = new ConcurrentHashMap<>();

		@Override
		protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
				throws Exception {
			PathPatternParser parser = getPatternParser();
			lookedUp.set((parser != null && parser.isCaseSensitive()) ? firstSegment(lookupPath) : null);
			try {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			finally {
				lookedUp.remove();
			}
		}

		@Override
		protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			String segment = lookedUp.get();
			if (segment != null) {
				Optional<Set<String>> allowed = this.firstSegments.computeIfAbsent(info,
						FirstSegmentMapping::firstSegmentsOf);
				if (allowed.isPresent() && !allowed.get().contains(segment)) {
					return null;
				}
			}
			return super.getMatchingMapping(info, request);
		}

		private static Optional<Set<String>> firstSegmentsOf(RequestMappingInfo info) {
			PathPatternsRequestCondition condition = info.getPathPatternsCondition();
			if (condition == null || condition.getPatterns().isEmpty()) {
				return Optional.empty();
			}
			Set<@Nullable String> segments = condition.getPatterns()
				.stream()
				.map(PathPattern::getPatternString)
				.map(MappingLookup::literalFirstSegment)
				.collect(Collectors.toSet());
			if (segments.contains(null)) {
				return Optional.empty();
			}
			return Optional.of(Set.copyOf(segments));
		}

	}

}
