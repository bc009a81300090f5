package org.passerelle.shared.web;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form binding sets the CSRF token's field aside before reading the checkboxes'
 * markers, and reads every other marker as Spring does.
 */
class CsrfFieldBindingTests {

	@Test
	void theTokensFieldIsNotReadAsTheMarkerOfAProperty() {
		Form form = bind(new CsrfFieldBinding.Binder(new Form(), "form"), request());
		assertThat(form.getCsrf()).as("left alone").isEqualTo("kept");
		assertThat(form.getName()).isEqualTo("Ada Lovelace");
		assertThat(form.isSubscribed()).as("an unticked checkbox's marker still reads as false").isFalse();
	}

	@Test
	void springsOwnBinderReadsItAsOne() {
		// what the binding spares: Spring's binder asks the form for a "csrf"
		// property, and empties it when there is one
		Form form = bind(new ExtendedServletRequestDataBinder(new Form(), "form"), request());
		assertThat(form.getCsrf()).isNull();
		assertThat(form.isSubscribed()).isFalse();
	}

	@Test
	void aTickedCheckboxIsBound() {
		MockHttpServletRequest request = request();
		request.addParameter("subscribed", "on");
		Form form = bind(new CsrfFieldBinding.Binder(new Form(), "form"), request);
		assertThat(form.isSubscribed()).isTrue();
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/events/6/sessions/15/register");
		request.addParameter("name", "Ada Lovelace");
		request.addParameter("_csrf", "a-token");
		request.addParameter("_subscribed", "on");
		return request;
	}

	private static Form bind(ExtendedServletRequestDataBinder binder, MockHttpServletRequest request) {
		Form form = (Form) binder.getTarget();
		form.setSubscribed(true);
		binder.bind(request);
		assertThat(binder.getBindingResult().hasErrors()).isFalse();
		return form;
	}

	/**
	 * A form with a property named as the token's field would be without its underscore.
	 */
	static class Form {

		private @Nullable String name;

		private @Nullable String csrf = "kept";

		private boolean subscribed;

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable String getCsrf() {
			return this.csrf;
		}

		public void setCsrf(@Nullable String csrf) {
			this.csrf = csrf;
		}

		public boolean isSubscribed() {
			return this.subscribed;
		}

		public void setSubscribed(boolean subscribed) {
			this.subscribed = subscribed;
		}

	}

}
