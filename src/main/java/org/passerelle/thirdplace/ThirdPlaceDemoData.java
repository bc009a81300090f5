package org.passerelle.thirdplace;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Third places for the embedded demo, loaded once into an empty table after the
 * conventions: Aix-Marseille Université's site in the city centre by the port, a suburban
 * one at the Château-Gombert technopole, a planned one at Luminy; Provepharm hosted under
 * its research convention, Innate Pharma in an office, HalioDx approved for later, and
 * CMA CGM's request waiting for a decision. Dates are relative to the day the demo is
 * loaded.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("passerelle.demo.enabled")
class ThirdPlaceDemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(ThirdPlaceDemoData.class);

	private static final PasserelleUser SYSTEM = new PasserelleUser(0, "system", "", "Passerelle", Role.ADMIN, null,
			true, true);

	private final HostingService hosting;

	private final Sites sites;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	ThirdPlaceDemoData(HostingService hosting, Sites sites, Organisations organisations, JdbcClient jdbc) {
		this.hosting = hosting;
		this.sites = sites;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select exists (select 1 from thirdplace_site)").query(Boolean.class).single()) {
			return;
		}
		Optional<Long> amu = id("Aix-Marseille Université");
		if (amu.isEmpty()) {
			logger.warn("No demo third places: Aix-Marseille Université is not in the directory");
			return;
		}
		LocalDate today = this.sites.today();
		Site port = this.hosting
			.createSite(new SiteDetails("Quai de l'Innovation – Hangar J1", "Campus Saint-Charles",
					"Hangar J1, quai de la Joliette", "Marseille", SiteSetting.URBAN,
					"Un hangar portuaire rénové face à la mer, au cœur d'Euroméditerranée : postes partagés, bureaux"
							+ " d'équipe et salles de réunion à deux pas des laboratoires du campus Saint-Charles.",
					"A refurbished harbour shed facing the sea, in the heart of Euroméditerranée: shared desks, team"
							+ " offices and meeting rooms a short walk from the Saint-Charles campus laboratories.",
					2400,
					"Entrée de plain-pied côté quai, ascenseur, toilettes accessibles, boucle magnétique en salle"
							+ " Calanques.",
					"Du lundi au vendredi, 8 h – 20 h", SiteStatus.OPEN, EnumSet.allOf(Amenity.class)), amu.get());
		long joliette = this.hosting.addSpace(port.getId(), SpaceKind.DESKS, "Plateau Joliette", 40).getId();
		this.hosting.addSpace(port.getId(), SpaceKind.DESKS, "Plateau Arenc", 24);
		long frioul = this.hosting.addSpace(port.getId(), SpaceKind.OFFICE, "Bureau Frioul", 6).getId();
		this.hosting.addSpace(port.getId(), SpaceKind.OFFICE, "Bureau Planier", 4);
		this.hosting.addSpace(port.getId(), SpaceKind.MEETING_ROOM, "Salle Calanques", 12);
		this.hosting.addSpace(port.getId(), SpaceKind.MEETING_ROOM, "Salle Major", 6);

		Site gombert = this.hosting.createSite(new SiteDetails("Tiers-lieu de Château-Gombert",
				"Technopôle de Château-Gombert", "38 rue Frédéric Joliot-Curie", "Marseille", SiteSetting.SUBURBAN,
				"Au milieu des écoles d'ingénieurs et des laboratoires de mécanique, un espace calme pour les équipes"
						+ " qui travaillent avec la recherche.",
				null, 1100, "Places de stationnement réservées, rampe d'accès, ascenseur.",
				"Du lundi au vendredi, 8 h 30 – 18 h 30", SiteStatus.OPEN, EnumSet.of(Amenity.MEETING_ROOMS,
						Amenity.LAB_ACCESS, Amenity.PARKING, Amenity.PUBLIC_TRANSPORT, Amenity.ACCESSIBLE_ENTRANCE)),
				amu.get());
		long gombertDesks = this.hosting.addSpace(gombert.getId(), SpaceKind.DESKS, "Open space", 20).getId();
		this.hosting.addSpace(gombert.getId(), SpaceKind.OFFICE, "Bureau Étoile", 8);
		this.hosting.addSpace(gombert.getId(), SpaceKind.MEETING_ROOM, "Salle Garlaban", 10);

		this.hosting.createSite(new SiteDetails("Tiers-lieu de Luminy", "Campus de Luminy", "163 avenue de Luminy",
				"Marseille", SiteSetting.SUBURBAN,
				"Au bord du parc national des Calanques, ouverture prévue l'an" + " prochain.",
				"On the edge of the Calanques national park, due to open next year.", 1800, null, null,
				SiteStatus.PLANNED, EnumSet.of(Amenity.LAB_ACCESS, Amenity.PARKING)), amu.get());

		Long convention = this.jdbc.sql("select id from convention where reference = 'AMU-PROVEPHARM-2021'")
			.query(Long.class)
			.optional()
			.orElse(null);
		id("Provepharm").ifPresent((provepharm) -> {
			HostingRequest request = submit(provepharm, port.getId(), HostingKind.DESKS, 6, today.minusMonths(2), null,
					"Équipe R&D colorants travaillant avec les laboratoires de chimie", "Lucas Bernard",
					"liaison@demo.passerelle", convention);
			approve(request, port.getId(), joliette, today);
		});
		id("Innate Pharma").ifPresent((innate) -> {
			HostingRequest request = submit(innate, port.getId(), HostingKind.OFFICE, 5, today.minusMonths(1),
					today.plusMonths(5), "Cellule projets européens", "Claire Moreau", "claire.moreau@example.org",
					null);
			approve(request, port.getId(), frioul, today);
		});
		id("HalioDx").ifPresent((haliodx) -> {
			HostingRequest request = submit(haliodx, null, HostingKind.DESKS, 8, today.plusWeeks(3),
					today.plusMonths(4), "Data scientists en mission auprès du laboratoire", "Karim Haddad",
					"karim.haddad@example.org", null);
			approve(request, gombert.getId(), gombertDesks, today);
		});
		id("CMA CGM").ifPresent((cmaCgm) -> submit(cmaCgm, port.getId(), HostingKind.DESKS, 12, today.plusMonths(1),
				today.plusMonths(7), "Équipe innovation logistique portuaire", "Julie Rossi", "julie.rossi@example.org",
				null));
		logger.info("Demo third places created: Hangar J1, Château-Gombert, Luminy (planned)");
	}

	private HostingRequest submit(long organisation, Long siteId, HostingKind kind, int people, LocalDate from,
			LocalDate to, String purpose, String contact, String email, Long conventionId) {
		return this.hosting.submit(organisation,
				new HostingNeed(siteId, kind, people, from, to, purpose, contact, email, conventionId), SYSTEM);
	}

	private void approve(HostingRequest request, long siteId, long spaceId, LocalDate today) {
		this.hosting.approve(request.getId(), request.getVersion(), siteId, spaceId, SYSTEM);
		if (!request.getStartsOn().isAfter(today)) {
			this.hosting.activate(request.getId(), request.getVersion() + 1, SYSTEM);
		}
	}

	private Optional<Long> id(String name) {
		return this.organisations.findByName(name).map(Organisation::getId);
	}

}
