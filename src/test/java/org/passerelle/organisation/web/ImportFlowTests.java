package org.passerelle.organisation.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.PostgresTest;
import org.passerelle.SessionCookie;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationSearch;
import org.passerelle.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import as staff go through it at {@code /organisations/import}: upload, mapping,
 * preview, confirmation; and the export read back by the import, changing nothing.
 * <p>
 * It has a database of its own (a context of its own, hence the property): it exports the
 * whole directory and imports it back, so the organisations other tests leave behind must
 * not be in it. A directory may hold two organisations with one SIREN (one of them
 * deactivated, as {@code DuplicatePageTests} makes), whose export the import refuses.
 */
@PostgresTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "passerelle.test.database=import-flow")
class ImportFlowTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private OrganisationDirectory directory;

	private final SessionCookie session = new SessionCookie();

	@Test
	void uploadsMapsPreviewsAndConfirms() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		String csv = "Raison sociale,Ville,Secteur,Colonne inconnue\n\"Alpha, " + word
				+ "\",Toulouse,Aerospace and defence,x\nBeta " + word + ",Toulouse,aerospace_defence,y\n";
		String mapping = upload(csv.getBytes(StandardCharsets.UTF_8));
		perform(asStaff(get(mapping)).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("2 rows, 4 columns")))
			.andExpect(content().string(containsString("Colonne inconnue")));
		String preview = throughValues(perform(asStaff(post(mapping)).param("fields[0]", "NAME")
			.param("fields[1]", "CITY")
			.param("fields[2]", "SECTOR")
			.param("fields[3]", "")
			.param("defaultKind", "COMPANY")).andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
		perform(asStaff(get(preview)).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("2 new")))
			.andExpect(content().string(containsString("Import now (2 organisations written)")));
		assertThat(this.organisations.findByName("Alpha, " + word)).as("nothing before confirmation").isEmpty();
		perform(asStaff(post(preview.replace("/preview", "/confirm")))).andExpect(redirectedUrl("/organisations"))
			.andExpect(flash().attributeExists("importResult"));
		assertThat(this.organisations.findByName("Alpha, " + word)).isPresent();
		assertThat(this.organisations.findByName("Beta " + word)).isPresent();

		perform(asStaff(post(preview.replace("/preview", "/confirm"))))
			.andExpect(redirectedUrl("/organisations/import"));

		String remembered = upload(csv.getBytes(StandardCharsets.UTF_8));
		perform(asStaff(get(remembered)))
			.andExpect(content().string(matchesPattern("(?s).*<option value=\"NAME\"\\s+selected=\"selected\".*")));
	}

	@Test
	void showsTheRowsWithErrorsInPlainWordsAndNoConfirmation() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		String csv = "name;kind;siren\nGood " + word + ";company;\nBad " + word + ";company;123456789\n";
		String preview = throughValues(
				perform(asStaff(post(upload(csv.getBytes(StandardCharsets.UTF_8)))).param("fields[0]", "NAME")
					.param("fields[1]", "KIND")
					.param("fields[2]", "SIREN")).andReturn().getResponse().getRedirectedUrl());
		perform(asStaff(get(preview)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Line 3, column “siren”: “123456789” is not a valid SIREN")))
			.andExpect(content().string(containsString("1 with errors")))
			.andExpect(content().string(not(containsString("/confirm\""))));
		perform(asStaff(post(preview.replace("/preview", "/confirm"))))
			.andExpect(redirectedUrlPattern("/organisations/import/*/preview"));
		assertThat(this.organisations.findByName("Good " + word)).isEmpty();
	}

	@Test
	void importsTheValidRowsOfAnOpenDataFileOnRequestAndGivesTheOthersBack() throws Exception {
		org.passerelle.organisation.OpenDataFile file = org.passerelle.organisation.OpenDataFile
			.read("sirene-etablissements.csv");
		String mapping = upload(file.bytes());
		String html = perform(asStaff(get(mapping)).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("8 rows, 18 columns")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		MockHttpServletRequestBuilder map = asStaff(post(mapping)).param("defaultKind", "COMPANY");
		java.util.regex.Matcher selects = java.util.regex.Pattern
			.compile("(?s)name=\"fields\\[(\\d+)\\]\"(.*?)</select>")
			.matcher(html);
		while (selects.find()) {
			java.util.regex.Matcher selected = java.util.regex.Pattern
				.compile("<option value=\"([A-Z_]*)\"\\s+selected")
				.matcher(selects.group(2));
			map.param("fields[" + selects.group(1) + "]", selected.find() ? selected.group(1) : "");
		}
		String values = perform(map).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		assertThat(values).endsWith("/values");
		perform(asStaff(get(values)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Artisan")))
			.andExpect(content().string(containsString("4 values in the file, one to choose")));
		String preview = throughValues(values);

		perform(asStaff(get(preview)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("4 with errors")))
			.andExpect(content().string(containsString("Import the 4 valid rows and give me the others")))
			.andExpect(content().string(not(containsString("/confirm\""))))
			.andExpect(content().string(containsString("Show only the 4 rows with errors")));
		perform(asStaff(get(preview).param("errors", "true")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("4 rows with errors")))
			.andExpect(content().string(containsString("Accepted values: Micro-enterprise")))
			.andExpect(content().string(not(containsString("Logiciels du Vieux-Port"))));

		perform(asStaff(post(preview.replace("/preview", "/confirm"))))
			.andExpect(redirectedUrlPattern("/organisations/import/*/preview"))
			.andExpect(flash().attribute("error", "import.refused.errors"));
		assertThat(this.organisations.findByName("Logiciels du Vieux-Port " + file.word())).isEmpty();

		String done = perform(
				asStaff(post(preview.replace("/preview", "/confirm-valid"))).header("Accept-Language", "en"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		perform(asStaff(get(done)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("4 rows were left out because of errors")))
			.andExpect(content().string(containsString("Download the rows left out (CSV)")));
		assertThat(this.organisations.findByName("Logiciels du Vieux-Port " + file.word())).isPresent();
		MvcResult rejected = perform(
				asStaff(get(preview.replace("/preview", "/rejected.csv"))).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(rejected.getResponse().getContentType()).startsWith("text/csv");
		assertThat(rejected.getResponse().getHeader("Content-Disposition")).contains("organisations-rejected.csv");
		String csv = rejected.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).hasSize(5);
		assertThat(csv.lines().findFirst().orElseThrow()).endsWith(";libelleCommuneEtablissement;R\u00e9gion;"
				+ "Site internet;etatAdministratifEtablissement;Motif du rejet");
		assertThat(csv).as("the reasons in the reader's language")
			.contains("Artisan")
			.contains("'=1+2 " + file.word())
			.contains("Valeurs accept\u00e9es\u00a0: Microentreprise");

		perform(asStaff(post(preview.replace("/preview", "/confirm-valid"))))
			.andExpect(redirectedUrl("/organisations/import"));
	}

	@Test
	void explainsFilesThatCannotBeRead() throws Exception {
		byte[] latin1 = "nom;ville\nÉcole;Alès\n".getBytes(Charset.forName("windows-1252"));
		perform(asStaff(
				multipart("/organisations/import").file(new MockMultipartFile("file", "x.csv", "text/csv", latin1)))
			.header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is not in UTF-8: line 2")));
		perform(asStaff(multipart("/organisations/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", "nom|ville\nA|B\n".getBytes())))
			.header("Accept-Language", "en")).andExpect(content().string(containsString("Only one column was found")));
		perform(asStaff(multipart("/organisations/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0]))).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Choose a CSV file to upload.")));
		perform(asStaff(multipart("/organisations/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", "\uFEFF\n\n".getBytes(StandardCharsets.UTF_8))))
			.header("Accept-Language", "en")).andExpect(content().string(containsString("The file is empty.")));
	}

	@Test
	void anExportImportedBackChangesNothing() throws Exception {
		byte[] export = perform(asStaff(get("/organisations/export.csv?inactive=true"))).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		importsBackUnchanged(export);
	}

	@Test
	void theExportKeepsSpreadsheetsFromReadingCellsAsFormulasAndTheImportReadsThemBack() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		String name = "=HYPERLINK(\"http://evil.example\") " + word;
		this.directory.create(new org.passerelle.organisation.OrganisationDetails(name,
				org.passerelle.organisation.OrganisationKind.COMPANY, null, null, java.util.Set.of(),
				new org.passerelle.organisation.PublicProfile("@SUM(A1)", null, null, "-Marseille", null, null,
						"+33 4 91 00 00 00", java.util.Set.of())));
		byte[] export = perform(asStaff(get("/organisations/export.csv").param("q", word))).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(export, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.get()
			.parse(new java.io.StringReader(text.substring(1)))
			.getRecords();
		assertThat(records).hasSize(2);
		org.apache.commons.csv.CSVRecord row = records.get(1);
		assertThat(row.get(0)).isEqualTo("'" + name);
		assertThat(row.get(1)).isEqualTo("'@SUM(A1)");
		assertThat(row.get(7)).isEqualTo("'-Marseille");
		assertThat(row.get(10)).isEqualTo("'+33 4 91 00 00 00");
		importsBackUnchanged(export);
	}

	/**
	 * The export, imported back, is all unchanged: no new organisation, no update, no
	 * error.
	 */
	private void importsBackUnchanged(byte[] export) throws Exception {
		Map<Long, Long> versions = versions();
		String mapping = upload(export);
		MvcResult page = perform(asStaff(get(mapping))).andReturn();
		String html = page.getResponse().getContentAsString();
		MockHttpServletRequestBuilder map = asStaff(post(mapping));
		List<String> fields = List.of("NAME", "SHORT_NAME", "KIND", "PARENT", "SIREN", "SIZE_CLASS", "SECTOR", "CITY",
				"REGION", "WEBSITE", "DESCRIPTION", "TAGS", "CLUSTERS");
		for (int i = 0; i < fields.size(); i++) {
			assertThat(html).containsPattern("name=\"fields\\[" + i + "\\]\"[^<]*<option value=\"\">[^<]*</option>\\s*"
					+ "(<option value=\"[A-Z_]+\">[^<]*</option>\\s*)*<option value=\"" + fields.get(i)
					+ "\"\\s+selected=\"selected\"");
			map.param("fields[" + i + "]", fields.get(i));
		}
		String preview = throughValues(perform(map).andReturn().getResponse().getRedirectedUrl());
		perform(asStaff(get(preview)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("0 new")))
			.andExpect(content().string(containsString("0 to update")))
			.andExpect(content().string(containsString("0 with errors")));
		perform(asStaff(post(preview.replace("/preview", "/confirm")))).andExpect(redirectedUrl("/organisations"));
		assertThat(versions()).isEqualTo(versions);
	}

	@Test
	void liaisonsCannotImport() throws Exception {
		perform(multipart("/organisations/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", "a;b\n1;2\n".getBytes()))
			.with(user(this.users.loadUserByUsername("liaison@demo.passerelle")))
			.with(csrf())).andExpect(status().isForbidden());
	}

	private Map<Long, Long> versions() {
		return this.directory
			.search(new OrganisationSearch(null, null, null, null, null, null, null, true), PageRequest.of(0, 100_000))
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getVersion, (a, b) -> a,
					java.util.TreeMap::new));
	}

	/**
	 * Posts the values step as proposed (every value of the file that Passerelle
	 * recognises mapped, the others not), when the mapping led there.
	 * @return the preview's address
	 */
	private String throughValues(String next) throws Exception {
		if (!next.endsWith("/values")) {
			return next;
		}
		String html = perform(asStaff(get(next))).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		MockHttpServletRequestBuilder values = asStaff(post(next));
		java.util.regex.Matcher keys = java.util.regex.Pattern.compile("name=\"keys\\[(\\d+)\\]\" value=\"([^\"]*)\"")
			.matcher(html);
		while (keys.find()) {
			values.param("keys[" + keys.group(1) + "]", keys.group(2));
		}
		java.util.regex.Matcher targets = java.util.regex.Pattern
			.compile("(?s)name=\"targets\\[(\\d+)\\]\"(.*?)</select>")
			.matcher(html);
		while (targets.find()) {
			java.util.regex.Matcher selected = java.util.regex.Pattern
				.compile("<option value=\"([A-Z_-]*)\"\\s+selected")
				.matcher(targets.group(2));
			values.param("targets[" + targets.group(1) + "]", selected.find() ? selected.group(1) : "");
		}
		return perform(values).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
	}

	private String upload(byte[] content) throws Exception {
		return perform(asStaff(multipart("/organisations/import")
			.file(new MockMultipartFile("file", "organisations.csv", "text/csv", content))))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B asStaff(B request) {
		return request.with(user(this.users.loadUserByUsername("staff@demo.passerelle")))
			.with(csrf())
			.with(this.session);
	}

	private ResultActions perform(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andDo(this.session);
	}

}
