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
 * {@code libelleCommuneEtablissement}, {@code categorieEntreprise}...), with the
 * registers' identifiers as open data names them ({@code siret}, {@code numero_uai},
 * {@code identifiant_rna}, {@code ror}, {@code numero_tva}...).
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
	CLUSTERS("clusters", "poles", "pole de competitivite", "poles de competitivite"),
	SIRET("siret", "numero siret", "n siret", "code siret", "siret de l etablissement", "siret etablissement",
			"siret du siege", "siretsiegeunitelegale", "siret siege unite legale"),
	UAI("uai", "numero uai", "code uai", "n uai", "identifiant uai", "uai de l etablissement", "etablissement id uai",
			"code rne", "rne", "numero rne"),
	RNA("rna", "numero rna", "n rna", "code rna", "identifiant rna", "numero d association", "id association",
			"numero waldec", "waldec"),
	ROR("ror", "identifiant ror", "ror id", "ror identifier", "code ror", "ror org"),
	VAT("vat", "tva", "numero tva", "n tva", "numero de tva", "numero de tva intracommunautaire",
			"tva intracommunautaire", "numero tva intracommunautaire", "vat number", "vat id", "vat no",
			"intra community vat number");

	/** The register's identifier a field holds, for the identifiers' fields. */
	public @org.jspecify.annotations.Nullable Identifier identifier() {
		return switch (this) {
			case SIRET -> Identifier.SIRET;
			case UAI -> Identifier.UAI;
			case RNA -> Identifier.RNA;
			case ROR -> Identifier.ROR;
			case VAT -> Identifier.VAT;
			default -> null;
		};
	}

	/**
	 * Headers that name a field only when no column names it better (a SIRET column,
	 * which holds its establishment's SIREN in its first nine digits, gives the SIREN
	 * when the file has no SIREN column: see the import's checks).
	 */
	static final Map<String, ImportField> SECONDARY = Map.of("uo lib court", SHORT_NAME, "enseigne", NAME,
			"enseigne1etablissement", NAME);

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
