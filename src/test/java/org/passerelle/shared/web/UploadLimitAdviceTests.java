package org.passerelle.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload beyond the portal's limit goes back to the form it came from, with that
 * form's message and limit.
 */
class UploadLimitAdviceTests {

	private final UploadLimitAdvice advice = new UploadLimitAdvice(DataSize.ofMegabytes(20), DataSize.ofMegabytes(10));

	@Test
	void aDirectoryImportTooLargeGoesBackToTheImportPage() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		assertThat(this.advice.tooLarge(post("/organisations/import"), redirect))
			.isEqualTo("redirect:/organisations/import");
		assertThat(redirect.getFlashAttributes().get("error")).isEqualTo("import.problem.tooLarge");
		assertThat((Object[]) redirect.getFlashAttributes().get(UploadLimitAdvice.ERROR_ARGUMENTS))
			.containsExactly(20L);
	}

	@Test
	void aConventionDocumentTooLargeGoesBackToItsConventionWithTheDocumentLimit() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		assertThat(this.advice.tooLarge(post("/conventions/42/documents"), redirect))
			.isEqualTo("redirect:/conventions/42#documents");
		assertThat(redirect.getFlashAttributes().get("error")).isEqualTo("document.tooLarge");
		assertThat((Object[]) redirect.getFlashAttributes().get(UploadLimitAdvice.ERROR_ARGUMENTS))
			.containsExactly(10L);
	}

	@Test
	void anyOtherUploadGoesBackToItsPageWithTheGeneralMessage() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		assertThat(this.advice.tooLarge(post("/somewhere/else"), redirect)).isEqualTo("redirect:/somewhere/else");
		assertThat(redirect.getFlashAttributes().get("error")).isEqualTo("upload.tooLarge");
	}

	private static MockHttpServletRequest post(String path) {
		return new MockHttpServletRequest("POST", path);
	}

}
