package org.passerelle.shared.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error pages receive: the status and the path, without Spring Boot's
 * {@code error} attribute (the English reason phrase, "Forbidden"), which the layout's
 * flash fragment would otherwise take for a message key and show as "??Forbidden_fr??".
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		attributes.remove("error");
		return attributes;
	}

}
