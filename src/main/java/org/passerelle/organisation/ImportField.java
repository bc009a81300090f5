package org.passerelle.organisation;

import java.util.List;
import java.util.Map;

/**
 * The directory's fields a CSV column can be mapped to, in the order of the export.
 * <p>
 * Each field knows the headers (normalised, see {@link SearchText}) that name it in the
 * files people bring: Passerelle's own export, spreadsheets in French or English, and the
 * public data sets partnership offices start from: the ministry's "Principaux
 * établissements d'enseignement supérieur" ({@code uo_lib}, {@code sigle},
 * {@code type_d_etablissement}, {@code com_nom}, {@code reg_nom}, {@code url}, or their
 * French labels "Libellé", "Commune", "Site internet"...) and the SIRENE extracts of
 * INSEE ({@code denominationUniteLegale}, {@code sigleUniteLegale},
 * {@code libelleCommuneEtablissement}, {@code categorieEntreprise}...).
 */
public enum ImportField {

	NAME("name", "nom", "raison sociale", "denomination", "denomination unite legale", "denominationunitelegale",
			"organisation", "organization", "entreprise", "company", "legal name", "nom de l organisation", "libelle",
			"uo lib", "uo lib officiel", "libelle officiel", "nom de l etablissement", "etablissement",
			"nom etablissement", "raison sociale de l etablissement", "nom complet", "nom raison sociale",
			"libelle etablissement", "nom officiel"),
	SHORT_NAME("shortName", "sigle", "acronyme", "acronym", "nom court", "short name", "sigle unite legale",
			"sigleunitelegale", "shortname", "nom usuel", "nom d usage"),
	KIND("kind", "type", "categorie", "nature", "type d organisation", "type d etablissement", "type etablissement",
			"type de structure", "nature de l etablissement"),
	PARENT("parent", "rattachement", "etablissement de rattachement", "tutelle", "etablissement parent", "part of"),
	SIREN("siren", "numero siren", "n siren", "siren unite legale", "sirenunitelegale", "code siren", "siren du siege"),
	SIZE_CLASS("sizeClass", "taille", "size", "categorie entreprise", "categorieentreprise", "taille d entreprise",
			"categorie d entreprise", "size class", "sizeclass"),
	SECTOR("sector", "secteur", "secteur d activite", "activite", "filiere"),
	CITY("city", "ville", "commune", "libelle commune", "localite", "com nom", "libellecommuneetablissement",
			"libelle commune etablissement", "nom commune", "nom de la commune", "commune du siege"),
	REGION("region", "libelle region", "nom region", "reg nom", "nom de la region", "libelleregion", "region nom"),
	WEBSITE("website", "site web", "site internet", "url", "site", "adresse web", "web", "lien", "page web"),
	DESCRIPTION("description", "presentation"), TAGS("tags", "mots cles", "etiquettes", "keywords"),
	CLUSTERS("clusters", "poles", "pole de competitivite", "poles de competitivite");

	/**
	 * Headers that name a field only when no column names it better: a SIRET holds its
	 * establishment's SIREN in its first nine digits.
	 */
	static final Map<String, ImportField> SECONDARY = Map.of("siret", SIREN, "numero siret", SIREN, "code siret", SIREN,
			"siret de l etablissement", SIREN, "uo lib court", SHORT_NAME, "enseigne", NAME, "enseigne1etablissement",
			NAME);

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

	/** Whether the field holds one of a list of values, mapped at the values step. */
	public boolean isEnumerated() {
		return this == KIND || this == SIZE_CLASS || this == SECTOR || this == REGION;
	}

	/** Other headers (normalised) that mean this field, in French and English. */
	List<String> aliases() {
		return this.aliases;
	}

}
