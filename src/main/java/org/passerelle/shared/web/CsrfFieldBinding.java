package org.passerelle.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * The controllers' adapter, whose form binding leaves the CSRF token's field alone.
 * Spring's binder takes every parameter whose name starts with {@code _} for the marker
 * of a checkbox ({@code _wishes} for {@code wishes}) and asks the form object whether it
 * has a property by the rest of the name. For {@code _csrf}, which every form of the
 * portal sends, the answer is no, given by building a
 * {@code NotReadablePropertyException} with its stack trace: 3.6 % of a registration's
 * processor in the registration burst (issue 13). The token's field is set aside before
 * the markers are read; Spring Security reads the token from the request, never from a
 * form object.
 */
class CsrfFieldBinding extends RequestMappingHandlerAdapter {

	/** The name of the CSRF token's field, Spring Security's default. */
	static final String CSRF_FIELD = "_csrf";

	@Override
	protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
		return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {

			@Override
			protected ExtendedServletRequestDataBinder createBinderInstance(@Nullable Object target, String objectName,
					NativeWebRequest request) {
				return new Binder(target, objectName);
			}

		};
	}

	/**
	 * Spring's binder of a request, but for the CSRF token's field.
	 */
	static class Binder extends ExtendedServletRequestDataBinder {

		Binder(@Nullable Object target, String objectName) {
			super(target, objectName);
		}

		@Override
		protected void checkFieldMarkers(MutablePropertyValues values) {
			values.removePropertyValue(CSRF_FIELD);
			super.checkFieldMarkers(values);
		}

	}

}
