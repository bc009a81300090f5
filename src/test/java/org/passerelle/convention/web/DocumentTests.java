package org.passerelle.convention.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.convention.Confidentiality;
import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionDocument;
import org.passerelle.convention.ConventionFixtures;
import org.passerelle.convention.Conventions;
import org.passerelle.convention.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents: a real PDF is accepted, a file pretending to be one and an oversized file
 * are refused with a clear reason, and only those who see the whole convention download.
 */
@PostgresTest
@AutoConfigureMockMvc
class DocumentTests {

	/** The smallest well-formed PDF. */
	static final byte[] PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private Conventions conventions;

	@Test
	void acceptsASignedPdfAndGivesItOnlyToThoseWhoSeeTheWholeConvention() throws Exception {
		Convention convention = this.fixtures.draft("With documents", Confidentiality.PUBLIC, "Provepharm");
		this.mvc.perform(ConventionPagesTests.as(this.fixtures.staff(),
				multipart("/conventions/{id}/documents", convention.getId())
					.file(new MockMultipartFile("file", "../../Signed convention.pdf", "application/pdf", PDF))
					.param("kind", "SIGNED")))
			.andExpect(flash().attribute("success", "document.added"));
		ConventionDocument document = this.conventions.sheet(convention.getId(), this.fixtures.admin())
			.documents()
			.get(0);
		assertThat(document.getFileName()).isEqualTo("Signed convention.pdf");
		assertThat(document.getMediaType()).isEqualTo("application/pdf");
		assertThat(document.getSizeBytes()).isEqualTo(PDF.length);

		String url = "/conventions/" + convention.getId() + "/documents/" + document.getId();
		this.mvc.perform(ConventionPagesTests.as(this.fixtures.liaison(), get(url)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(content().bytes(PDF));
		this.mvc.perform(ConventionPagesTests.as(this.fixtures.user("staff@demo.passerelle"), get(url)))
			.andExpect(status().isOk());

		Convention notTheirs = this.fixtures.draft("Not the liaison's", Confidentiality.PUBLIC, "CMA CGM");
		this.mvc
			.perform(ConventionPagesTests.as(this.fixtures.staff(),
					multipart("/conventions/{id}/documents", notTheirs.getId())
						.file(new MockMultipartFile("file", "annex.pdf", "application/pdf", PDF))))
			.andExpect(flash().attribute("success", "document.added"));
		long hidden = this.conventions.sheet(notTheirs.getId(), this.fixtures.admin()).documents().get(0).getId();
		this.mvc
			.perform(ConventionPagesTests.as(this.fixtures.liaison(),
					get("/conventions/{id}/documents/{d}", notTheirs.getId(), hidden)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(ConventionPagesTests.as(this.fixtures.liaison(),
					get("/conventions/{id}/documents/{d}", convention.getId(), hidden)))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAFilePretendingToBeAPdf() throws Exception {
		Convention convention = this.fixtures.draft("Fake PDF", Confidentiality.INTERNAL, "CMA CGM");
		byte[] script = "#!/bin/sh\necho not a pdf\n".getBytes(StandardCharsets.US_ASCII);
		this.mvc
			.perform(ConventionPagesTests.as(this.fixtures.staff(),
					multipart("/conventions/{id}/documents", convention.getId())
						.file(new MockMultipartFile("file", "convention.pdf", "application/pdf", script))
						.param("kind", "SIGNED")))
			.andExpect(flash().attribute("documentProblem", Problem.of("document.signedMustBePdf")));
		byte[] executable = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF };
		this.mvc
			.perform(ConventionPagesTests.as(this.fixtures.staff(),
					multipart("/conventions/{id}/documents", convention.getId())
						.file(new MockMultipartFile("file", "annex.pdf", "application/pdf", executable))
						.param("kind", "ANNEX")))
			.andExpect(flash().attribute("documentProblem", Problem.of("document.typeRefused")));
		assertThat(this.conventions.sheet(convention.getId(), this.fixtures.admin()).documents()).isEmpty();
	}

	@Test
	void refusesAnOversizedFileAndAnEmptyOne() throws Exception {
		Convention convention = this.fixtures.draft("Oversized", Confidentiality.INTERNAL, "CMA CGM");
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		this.mvc
			.perform(ConventionPagesTests.as(this.fixtures.staff(),
					multipart("/conventions/{id}/documents", convention.getId())
						.file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
						.param("kind", "SIGNED")))
			.andExpect(flash().attribute("documentProblem", Problem.of("document.tooLarge", 10L)));
		this.mvc
			.perform(ConventionPagesTests.as(this.fixtures.staff(),
					multipart("/conventions/{id}/documents", convention.getId())
						.file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))))
			.andExpect(flash().attribute("error", "document.empty"));
		assertThat(this.conventions.sheet(convention.getId(), this.fixtures.admin()).documents()).isEmpty();
	}

	@Test
	void aLiaisonCannotAttachOrRemoveDocuments() throws Exception {
		Convention convention = this.fixtures.draft("Liaison upload", Confidentiality.INTERNAL, "Provepharm");
		this.mvc
			.perform(ConventionPagesTests.as(this.fixtures.liaison(),
					multipart("/conventions/{id}/documents", convention.getId())
						.file(new MockMultipartFile("file", "annex.pdf", "application/pdf", PDF))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(ConventionPagesTests.as(this.fixtures.staff(),
					multipart("/conventions/{id}/documents", convention.getId())
						.file(new MockMultipartFile("file", "annex.pdf", "application/pdf", PDF))))
			.andExpect(flash().attribute("success", "document.added"));
		long document = this.conventions.sheet(convention.getId(), this.fixtures.admin()).documents().get(0).getId();
		this.mvc
			.perform(ConventionPagesTests.as(this.fixtures.liaison(),
					post("/conventions/{id}/documents/{d}/delete", convention.getId(), document)))
			.andExpect(status().isForbidden());
		assertThat(this.conventions.sheet(convention.getId(), this.fixtures.admin()).documents()).hasSize(1);
	}

}
