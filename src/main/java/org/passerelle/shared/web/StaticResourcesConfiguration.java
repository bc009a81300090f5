package org.passerelle.shared.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The portal's own assets and the webjars, each under its own path
 * ({@code spring.web.resources.add-mappings=false} turns off Spring Boot's catch-all
 * {@code /**}), with links that change when the file does (a content hash for ours, the
 * version for webjars), so browsers keep them for a year. Because no resource pattern
 * matches a page's path, the links of a page ({@code /organisations/1}...) are no longer
 * looked up as classpath resources on every request. No {@code Last-Modified}: a link
 * names one version of a file for good, so browsers never need to ask whether it changed,
 * and reading the date from the jar cost every asset request a lookup.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/**
	 * Flash attributes (the message after a redirect) for pages only: Spring MVC looks
	 * for them in the session on every request, which for an asset requested with a
	 * signed-in person's cookie would read that session from PostgreSQL.
	 */
	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new SessionFlashMapManager() {

			@Override
			protected @Nullable List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
				return Assets.isAsset(request) ? null : super.retrieveFlashMaps(request);
			}

		};
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// before the controllers' mapping: an asset's path is then matched against these
		// few patterns only, instead of against every controller's mapping first (and
		// their partial matches, read again to explain the miss) on each asset request
		registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR)
			.setUseLastModified(false)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver())
			.addTransformer(new AssetsInMemory());
		for (String folder : new String[] { "css", "images", "js" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(A_YEAR)
				.setUseLastModified(false)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
				.addTransformer(new AssetsInMemory());
		}
	}

}
