package org.passerelle.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import org.passerelle.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The controllers' mapping passes over the mappings of another first segment, and finds
 * for each mapping of the portal a request it makes the same choice as Spring MVC.
 */
@PostgresTest
class MappingLookupTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	@Autowired
	private RequestMappingHandlerAdapter adapter;

	@Test
	void firstSegments() {
		assertThat(MappingLookup.firstSegment("/events/6/sessions/15/register")).isEqualTo("events");
		assertThat(MappingLookup.firstSegment("/events.ics")).isEqualTo("events.ics");
		assertThat(MappingLookup.firstSegment("/events")).isEqualTo("events");
		assertThat(MappingLookup.firstSegment("/")).isEmpty();
		assertThat(MappingLookup.firstSegment("")).isNull();
		assertThat(MappingLookup.firstSegment("/%65vents/1")).isNull();
		assertThat(MappingLookup.firstSegment("/events;a=b/1")).isNull();
		assertThat(MappingLookup.literalFirstSegment("/organisations/{id}/contacts")).isEqualTo("organisations");
		assertThat(MappingLookup.literalFirstSegment("/")).isEmpty();
		assertThat(MappingLookup.literalFirstSegment("/{id}")).isNull();
		assertThat(MappingLookup.literalFirstSegment("/**")).isNull();
		assertThat(MappingLookup.literalFirstSegment("/event*/x")).isNull();
		assertThat(MappingLookup.literalFirstSegment("")).isNull();
	}

	@Test
	void thePortalUsesTheFilteringMapping() {
		assertThat(this.mapping).isInstanceOf(MappingLookup.FirstSegmentMapping.class);
	}

	@Test
	void thePortalUsesTheAdapterThatLeavesTheTokensFieldAlone() {
		assertThat(this.adapter).isInstanceOf(CsrfFieldBinding.class);
	}

	@Test
	void everyMappingIsFoundForAPathItMatches() throws Exception {
		List<String> wrong = new ArrayList<>();
		int tried = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = samplePath(pattern.getPatternString());
				for (RequestMethod method : methods(info)) {
					MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
					for (NameValueExpression<String> param : info.getParamsCondition().getExpressions()) {
						if (!param.isNegated()) {
							request.addParameter(param.getName(), (param.getValue() != null) ? param.getValue() : "1");
						}
					}
					info.getProducesCondition()
						.getProducibleMediaTypes()
						.stream()
						.findFirst()
						.ifPresent((type) -> request.addHeader("Accept", type.toString()));
					ServletRequestPathUtils.parseAndCache(request);
					HandlerExecutionChain chain = this.mapping.getHandler(request);
					tried++;
					Object found = (chain != null) ? chain.getHandler() : null;
					if (!(found instanceof HandlerMethod handler)
							|| !handler.getMethod().equals(entry.getValue().getMethod())) {
						wrong.add(method + " " + path + " -> " + found + " instead of " + entry.getValue());
					}
				}
			}
		}
		assertThat(tried).isGreaterThan(200);
		assertThat(wrong).isEmpty();
	}

	/**
	 * A path the pattern matches: each variable takes 1, or the first value its
	 * expression allows ({@code {purpose:confirm|cancel}}).
	 */
	private static String samplePath(String pattern) {
		Matcher variable = Pattern.compile("\\{[^}:]*(?::([^}]*))?}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			String regex = variable.group(1);
			String value = (regex == null || "1".matches(regex)) ? "1" : regex.split("\\|")[0];
			variable.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variable.appendTail(path);
		return path.toString().replace("**", "x");
	}

	private static List<RequestMethod> methods(RequestMappingInfo info) {
		return info.getMethodsCondition().getMethods().isEmpty() ? List.of(RequestMethod.GET)
				: List.copyOf(info.getMethodsCondition().getMethods());
	}

}
