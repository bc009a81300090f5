package org.passerelle.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

import org.passerelle.account.NotificationPreferences;
import org.passerelle.shared.PasserelleUser;

/**
 * Keeps the language a person reads the portal in on their account, for their mail: when
 * they switch it ({@code ?lang=en}), and when they sign in (the language they chose on
 * this browser, or the browser's own when the account has none yet).
 */
@Component
class MailLanguage implements WebMvcConfigurer, HandlerInterceptor {

	/** The cookie in which the portal remembers a language chosen with {@code ?lang=}. */
	private static final String CHOSEN = "passerelle-lang";

	private final NotificationPreferences preferences;

	private final LocaleResolver locales;

	MailLanguage(NotificationPreferences preferences, LocaleResolver locales) {
		this.preferences = preferences;
		this.locales = locales;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PasserelleUser user
				&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			boolean chosen = WebUtils.getCookie(request, CHOSEN) != null
					|| StringUtils.hasText(request.getParameter("lang"));
			this.preferences.speaks(user.getAccountId(), this.locales.resolveLocale(request), !chosen);
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (("fr".equals(lang) || "en".equals(lang)) && signedIn(authentication) != null) {
			this.preferences.speaks(signedIn(authentication).getAccountId(), Locale.forLanguageTag(lang), false);
		}
		return true;
	}

	private static @Nullable PasserelleUser signedIn(@Nullable Authentication authentication) {
		return (authentication != null && authentication.getPrincipal() instanceof PasserelleUser user) ? user : null;
	}

}
