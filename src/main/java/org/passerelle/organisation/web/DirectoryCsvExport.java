package org.passerelle.organisation.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.ImportField;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationSearch;
import org.passerelle.shared.SpreadsheetCsv;

/**
 * Writes the directory, as filtered, as a CSV file that Excel opens correctly and safely
 * ({@link SpreadsheetCsv}), separated by semicolons, with the columns and the labels the
 * import reads back.
 */
@Component
class DirectoryCsvExport {

	/**
	 * The columns after the import's columns (which include the identifiers), in the
	 * order of {@link #row}.
	 */
	static final List<String> IDENTITY_COLUMNS = List.of("change.field.country", "organisation.streetAddress",
			"organisation.postalCode", "organisation.phone");

	private final OrganisationDirectory directory;

	private final MessageSource messages;

	DirectoryCsvExport(OrganisationDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	void write(OrganisationSearch search, Sort sort, OutputStream output) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		SpreadsheetCsv csv = SpreadsheetCsv.semicolons(output);
		List<String> headers = new ArrayList<>();
		for (ImportField field : ImportField.values()) {
			headers.add(label(field.messageKey(), locale));
		}
		for (String key : IDENTITY_COLUMNS) {
			headers.add(label(key, locale));
		}
		csv.row(headers);
		try {
			this.directory.forEach(search, sort, (organisation) -> {
				try {
					csv.row(row(organisation, locale));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		csv.flush();
	}

	private List<String> row(Organisation organisation, Locale locale) {
		List<String> row = new ArrayList<>();
		for (ImportField field : ImportField.values()) {
			row.add(switch (field) {
				case NAME -> organisation.getName();
				case SHORT_NAME -> text(organisation.getShortName());
				case KIND -> label(organisation.getKind().messageKey(), locale);
				case PARENT -> (organisation.getParent() != null) ? organisation.getParent().getName() : "";
				case SIREN -> text(organisation.getSiren());
				case SIZE_CLASS -> (organisation.getSizeClass() != null)
						? label(organisation.getSizeClass().messageKey(), locale) : "";
				case SECTOR ->
					(organisation.getSector() != null) ? label(organisation.getSector().messageKey(), locale) : "";
				case CITY -> text(organisation.getCity());
				case REGION ->
					(organisation.getRegion() != null) ? label(organisation.getRegion().messageKey(), locale) : "";
				case WEBSITE -> text(organisation.getWebsite());
				case DESCRIPTION -> text(organisation.getDescription());
				case TAGS -> String.join(", ", organisation.getTags());
				case CLUSTERS ->
					organisation.getClusters().stream().map(Organisation::getName).collect(Collectors.joining(", "));
				case SIRET -> text(organisation.getSiret());
				case UAI -> text(organisation.getUai());
				case RNA -> text(organisation.getRna());
				case ROR -> text(organisation.getRor());
				case VAT -> text(organisation.getVatNumber());
			});
		}
		row.add(organisation.getCountry());
		row.add(text(organisation.getStreetAddress()));
		row.add(text(organisation.getPostalCode()));
		row.add(text(organisation.getPhone()));
		return row;
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
