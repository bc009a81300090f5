package org.passerelle.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import org.passerelle.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages link to their assets by addresses that change with the file (a content hash, the
 * webjar's version), and browsers may keep those for a year.
 */
@PostgresTest
@AutoConfigureMockMvc
class StaticResourcesTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|images|js|webjars)/[^\"]+)\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ResourceUrlProvider resourceUrls;

	@Test
	void pagesLinkToVersionedAssetsThatAreCachedForAYear() throws Exception {
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(page);
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		assertThat(assets).anyMatch((asset) -> asset.matches("/css/passerelle-[0-9a-f]{32}\\.css"))
			.anyMatch((asset) -> asset.matches("/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min\\.css"))
			.anyMatch((asset) -> asset.matches("/webjars/bootstrap/[0-9.]+/js/bootstrap\\.bundle\\.min\\.js"));
		for (String asset : assets) {
			this.mvc.perform(get(asset))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
		}
	}

	/**
	 * Served from memory ({@link AssetsInMemory}), an asset is the file byte for byte,
	 * with its length and its version's ETag.
	 */
	@Test
	void anAssetIsServedAsTheFileWithItsVersion() throws Exception {
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		Matcher css = Pattern.compile("/css/passerelle-([0-9a-f]{32})\\.css").matcher(page);
		assertThat(css.find()).isTrue();
		byte[] file = new ClassPathResource("static/css/passerelle.css").getContentAsByteArray();
		for (int i = 0; i < 2; i++) {
			byte[] served = this.mvc.perform(get(css.group()))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", "W/\"" + css.group(1) + "\""))
				.andExpect(header().longValue("Content-Length", file.length))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(served).isEqualTo(file);
		}
	}

	/**
	 * Every asset folder and the webjars keep their files in memory.
	 */
	@Test
	void everyAssetHandlerKeepsItsFilesInMemory() {
		assertThat(this.resourceUrls.getHandlerMap()).containsOnlyKeys("/css/**", "/images/**", "/js/**", "/webjars/**")
			.allSatisfy((pattern, handler) -> assertThat(handler.getResourceTransformers())
				.hasAtLeastOneElementOfType(AssetsInMemory.class));
	}

	@Test
	void pagesAreNotServedAsResources() throws Exception {
		this.mvc.perform(get("/application.properties")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/css/no-such-file.css")).andExpect(status().isNotFound());
	}

}
