package org.passerelle.organisation;

import java.util.List;

/**
 * The directory's fields a CSV column can be mapped to, in the order of the export.
 */
public enum ImportField {

	NAME("name", "nom", "raison sociale", "denomination", "denomination unite legale", "organisation", "organization",
			"entreprise", "company", "legal name", "nom de l organisation"),
	SHORT_NAME("shortName", "sigle", "acronyme", "acronym", "nom court", "short name", "sigle unite legale"),
	KIND("kind", "type", "categorie", "nature", "type d organisation"),
	PARENT("parent", "rattachement", "etablissement de rattachement", "tutelle"),
	SIREN("siren", "numero siren", "n siren", "siren unite legale"),
	SIZE_CLASS("sizeClass", "taille", "size", "categorie entreprise", "taille d entreprise"),
	SECTOR("sector", "secteur", "secteur d activite", "activite"),
	CITY("city", "ville", "commune", "libelle commune", "localite"), REGION("region", "libelle region", "nom region"),
	WEBSITE("website", "site web", "site internet", "url", "site"), DESCRIPTION("description", "presentation"),
	TAGS("tags", "mots cles", "etiquettes", "keywords"),
	CLUSTERS("clusters", "poles", "pole de competitivite", "poles de competitivite");

	private final String property;

	private final List<String> aliases;

	ImportField(String property, String... aliases) {
		this.property = property;
		this.aliases = List.of(aliases);
	}

	/** The field's name, as in {@code change.field.*} and {@code import.field.*} keys. */
	public String property() {
		return this.property;
	}

	public String messageKey() {
		return "import.field." + this.property;
	}

	/** Other headers (normalised) that mean this field, in French and English. */
	List<String> aliases() {
		return this.aliases;
	}

}
