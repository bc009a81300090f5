package org.passerelle.organisation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.TestClockConfiguration;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Merging two organisations on PostgreSQL with every kind of record that points at an
 * organisation (the foreign keys to {@code organisation} in the migrations): contacts,
 * figures, components, cluster members and memberships, history, accounts, conventions
 * (owner, parties, signatories), events (organisers, partners, registrations), sites,
 * hosting requests, bookings and stands. The linked records are written in SQL, as the
 * other modules store them. An administrator's undo puts every row back as it was.
 */
@PostgresTest
@Import(StatementCounter.Configuration.class)
class OrganisationMergeTests {

	@Autowired
	private StatementCounter counter;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private OrganisationMerges merges;

	@Autowired
	private Contacts contacts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClockConfiguration.MutableClock clock;

	@Test
	void everyLinkedRecordMovesToTheKeptOrganisationAndTheOtherRedirects() {
		Linked linked = linkEverything();
		String word = linked.word();
		long cluster = linked.cluster();
		long kept = linked.kept();
		long merged = linked.merged();
		long component = linked.component();
		String validSiret = linked.siret();
		long account = linked.account();
		long convention = linked.convention();
		long shared = linked.shared();
		long event = linked.event();
		long site = linked.site();
		long room = linked.room();
		long stand = linked.stand();

		Map<String, Integer> moved = this.merges.merge(kept, merged,
				EnumSet.of(MergeField.SIRET, MergeField.PHONE, MergeField.STREET_ADDRESS, MergeField.WEBSITE));

		Organisation result = this.directory.overview(kept).organisation();
		assertThat(result.getName()).isEqualTo("Provepharm " + word);
		assertThat(result.getCity()).isEqualTo("Marseille");
		assertThat(result.getSiret()).isEqualTo(validSiret);
		assertThat(result.getPhone()).isEqualTo("04 91 00 00 00");
		assertThat(result.getStreetAddress()).isEqualTo("22 rue Marc Donadille");
		assertThat(result.getPostalCode()).as("not chosen").isNull();
		assertThat(result.getWebsite()).isEqualTo("https://provepharm.example");
		assertThat(result.getShortName()).as("not chosen").isNull();
		assertThat(result.getTags()).containsExactly("chimie", "pharma");
		assertThat(result.getClusters()).extracting(Organisation::getId).containsExactly(cluster);

		Organisation redirect = this.directory.get(merged);
		assertThat(redirect.isMerged()).isTrue();
		assertThat(redirect.isActive()).isFalse();
		assertThat(redirect.getSiret()).isNull();
		assertThat(this.merges.redirectOf(redirect)).isEqualTo(kept);

		assertThat(count("select count(*) from contact where organisation_id = :o", merged)).isZero();
		assertThat(this.contacts.of(kept)).extracting(Contact::getLastName).containsExactly("Martin");
		assertThat(this.directory.figures(kept, 2022).getStudents()).isEqualTo(100);
		assertThat(this.directory.figures(kept, 2023).getStudents()).as("the kept one's year stays").isEqualTo(79_000);
		assertThat(this.directory.get(component).getParent().getId()).isEqualTo(kept);
		assertThat(count("select count(*) from organisation_cluster_member where member_id = :o", merged)).isZero();
		assertThat(count("select organisation_id from account where id = :o", account)).isEqualTo(kept);
		assertThat(count("select owner_organisation_id from convention where id = :o", convention)).isEqualTo(kept);
		assertThat(count("select count(*) from convention_party where organisation_id = :o", merged)).isZero();
		assertThat(count("select count(*) from convention_party where convention_id = :o", shared))
			.as("a party once, not twice")
			.isEqualTo(1);
		assertThat(count("select organisation_id from convention_party where convention_id = :o", convention))
			.isEqualTo(kept);
		assertThat(count("select organisation_id from convention_signatory where convention_id = :o", convention))
			.isEqualTo(kept);
		assertThat(count("select count(*) from event_organiser where event_id = :o", event)).isEqualTo(1);
		assertThat(count("select organisation_id from event_partner where event_id = :o", event)).isEqualTo(kept);
		assertThat(count("select organisation_id from event_registration where event_id = :o", event)).isEqualTo(kept);
		assertThat(count("select institution_id from thirdplace_site where id = :o", site)).isEqualTo(kept);
		assertThat(count("select count(*) from thirdplace_hosting_request where organisation_id = :o", kept))
			.isEqualTo(1);
		assertThat(count("select organisation_id from thirdplace_booking where space_id = :o", room)).isEqualTo(kept);
		assertThat(count("select lead_organisation_id from stand where id = :o", stand)).isEqualTo(kept);
		assertThat(count("select count(*) from stand_company where stand_id = :o", stand))
			.as("the kept company once on the stand both shared")
			.isEqualTo(1);
		assertThat(count("select share from stand_company where stand_id = :o", stand)).as("both shares").isEqualTo(3);
		assertThat(this.jdbc.sql("select status from stand_company where stand_id = :s")
			.param("s", stand)
			.query(String.class)
			.single()).isEqualTo("JOINED");
		assertThat(this.jdbc.sql("""
				select string_agg(distinct conrelid::regclass::text, ', ' order by conrelid::regclass::text)
				from pg_constraint where contype = 'f' and confrelid = 'organisation'::regclass""")
			.query(String.class)
			.single())
			.as("the tables that point at organisations, each covered above (a new one must move on a merge too)")
			.isEqualTo("account, contact, convention, convention_party, convention_signatory, event_organiser, "
					+ "event_partner, event_registration, organisation, organisation_change, "
					+ "organisation_cluster_member, organisation_distinct_pair, organisation_duplicate_candidate, "
					+ "organisation_figures, "
					+ "organisation_merge, organisation_tag, stand, stand_company, thirdplace_booking, "
					+ "thirdplace_hosting_request, thirdplace_site");

		assertThat(moved).containsEntry("merge.moved.contacts", 1)
			.containsEntry("merge.moved.figures", 1)
			.containsEntry("merge.moved.components", 1)
			.containsEntry("merge.moved.accounts", 1)
			.containsEntry("merge.moved.conventions", 1)
			.containsEntry("merge.moved.registrations", 1)
			.containsEntry("merge.moved.hostingRequests", 1)
			.containsEntry("merge.moved.bookings", 1)
			.containsEntry("merge.moved.sites", 1);

		List<OrganisationChange> history = this.directory.history(kept);
		assertThat(history.get(0).getAction()).isEqualTo(ChangeAction.MERGED);
		assertThat(history.get(0).getFields()).extracting(FieldChange::field)
			.contains("merged", "siret", "phone", "merge.moved.contacts");
		assertThat(history).extracting(OrganisationChange::getAction)
			.as("the merged one's history moved too")
			.contains(ChangeAction.CREATED, ChangeAction.FIGURES_SAVED);
		assertThat(this.directory.history(merged)).extracting(OrganisationChange::getAction)
			.containsExactly(ChangeAction.MERGED_INTO);
		assertThat(
				count("select count(*) from account_audit_entry where kind = 'ORGANISATIONS_MERGED' and detail like '%#"
						+ merged + ")%'", 0))
			.isEqualTo(1);
		assertThat(count("select kept_id from organisation_merge where merged_id = :o", merged)).isEqualTo(kept);

		assertThatIllegalArgumentException().as("merged once")
			.isThrownBy(() -> this.merges.merge(kept, merged, Set.of()));
	}

	@Test
	void anAdministratorUndoesAMergeAndEveryRowIsBackAsItWas() {
		Linked linked = linkEverything();
		long kept = linked.kept();
		long merged = linked.merged();
		long historyBefore = this.jdbc.sql("select coalesce(max(id), 0) from organisation_change")
			.query(Long.class)
			.single();
		Map<String, List<String>> before = rowsPointingAt(kept, merged, historyBefore);
		assertThat(before.keySet()).as("every table pointing at organisations, and the two organisations' rows")
			.contains("account.organisation_id", "contact.organisation_id", "convention.owner_organisation_id",
					"convention_party.organisation_id", "convention_signatory.organisation_id",
					"event_organiser.organisation_id", "event_partner.organisation_id",
					"event_registration.organisation_id", "organisation.id", "organisation.parent_id",
					"organisation_change.organisation_id", "organisation_cluster_member.cluster_id",
					"organisation_cluster_member.member_id", "organisation_figures.organisation_id",
					"organisation_tag.organisation_id", "stand.lead_organisation_id", "stand_company.organisation_id",
					"thirdplace_booking.organisation_id", "thirdplace_hosting_request.organisation_id",
					"thirdplace_site.institution_id");

		this.merges.merge(kept, merged, EnumSet.of(MergeField.NAME, MergeField.SIRET, MergeField.PHONE,
				MergeField.STREET_ADDRESS, MergeField.WEBSITE, MergeField.SHORT_NAME));
		Map<String, List<String>> afterMerge = rowsPointingAt(kept, merged, historyBefore);
		long mergeId = mergeOf(merged);
		assertThat(this.merges.recent(kept)).extracting(OrganisationMerge::id).containsExactly(mergeId);
		assertThat(this.merges.recent(null)).extracting(OrganisationMerge::id).contains(mergeId);
		assertThat(this.merges.find(mergeId).withinUndoDays()).isTrue();
		assertThat(this.merges.whyNotUndoable(mergeId)).isEmpty();
		before.forEach((rows, values) -> {
			if (!values.isEmpty() && !rows.startsWith("organisation_distinct_pair")) {
				assertThat(afterMerge.get(rows)).as(rows + " changed by the merge").isNotEqualTo(values);
			}
		});

		this.merges.undo(mergeId);

		assertThat(rowsPointingAt(kept, merged, historyBefore)).as("every row back as it was before the merge")
			.isEqualTo(before);
		Organisation back = this.directory.get(merged);
		assertThat(back.isMerged()).as("no longer a redirect").isFalse();
		assertThat(back.isActive()).isTrue();
		assertThat(back.getSiret()).isEqualTo(linked.siret());
		assertThat(this.directory.get(kept).getName()).isEqualTo("Provepharm " + linked.word());
		assertThat(this.directory.get(kept).getSiret()).isNull();
		assertThat(this.directory.history(kept).get(0).getAction()).isEqualTo(ChangeAction.MERGE_UNDONE);
		assertThat(this.directory.history(merged)).extracting(OrganisationChange::getAction)
			.startsWith(ChangeAction.MERGE_UNDONE, ChangeAction.MERGED_INTO)
			.contains(ChangeAction.CREATED, ChangeAction.FIGURES_SAVED);
		assertThat(count("select count(*) from account_audit_entry where kind = 'ORGANISATION_MERGE_UNDONE' "
				+ "and detail like '%#" + merged + ")%'", 0))
			.isEqualTo(1);
		OrganisationMerge undone = this.merges.find(mergeId);
		assertThat(undone.undoneAt()).isNotNull();
		assertThat(undone.withinUndoDays()).isFalse();
		assertThat(this.merges.whyNotUndoable(mergeId)).extracting(OrganisationMerge.Refusal::messageKey)
			.containsExactly("merge.undo.refused.undone");
		assertThatExceptionOfType(MergeUndoRefused.class).isThrownBy(() -> this.merges.undo(mergeId));

		this.merges.merge(kept, merged, Set.of());
		assertThat(this.directory.get(merged).isMerged()).as("merged again after the undo").isTrue();
	}

	@Test
	void aMergeIsNotUndoneOverLaterChanges() {
		Linked linked = linkEverything();
		this.merges.merge(linked.kept(), linked.merged(), EnumSet.of(MergeField.PHONE));
		long mergeId = mergeOf(linked.merged());
		sql("delete from thirdplace_booking where space_id = :room", Map.of("room", linked.room()));
		sql("update organisation set phone = '01 02 03 04 05' where id = :o", Map.of("o", linked.kept()));
		assertThat(this.merges.whyNotUndoable(mergeId)).singleElement().satisfies((refusal) -> {
			assertThat(refusal.messageKey()).isEqualTo("merge.undo.refused.changed");
			assertThat(refusal.detail()).contains("thirdplace_booking.organisation_id", "organisation.phone");
		});
		assertThatExceptionOfType(MergeUndoRefused.class).isThrownBy(() -> this.merges.undo(mergeId));
		assertThat(this.directory.get(linked.merged()).isMerged()).isTrue();

		Linked other = linkEverything();
		this.merges.merge(other.kept(), other.merged(), Set.of());
		long otherMerge = mergeOf(other.merged());
		this.merges.merge(linked.cluster(), other.kept(), Set.of());
		assertThat(this.merges.whyNotUndoable(otherMerge)).extracting(OrganisationMerge.Refusal::messageKey)
			.contains("merge.undo.refused.keptMerged");
	}

	@Test
	void aMergeIsUndoneForThirtyDaysOnly() {
		Linked linked = linkEverything();
		this.merges.merge(linked.kept(), linked.merged(), Set.of());
		long mergeId = mergeOf(linked.merged());
		this.clock.advance(Duration.ofDays(29));
		assertThat(this.merges.whyNotUndoable(mergeId)).isEmpty();
		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(this.merges.whyNotUndoable(mergeId))
			.containsExactly(new OrganisationMerge.Refusal("merge.undo.refused.expired", "30"));
		assertThat(this.merges.find(mergeId).withinUndoDays()).isFalse();
		assertThat(this.merges.recent(linked.kept())).isEmpty();
		assertThatExceptionOfType(MergeUndoRefused.class).isThrownBy(() -> this.merges.undo(mergeId));
		assertThat(this.directory.get(linked.merged()).isMerged()).isTrue();
	}

	@Test
	void aMergeWhoseChangesWereNotRecordedIsNotUndone() {
		Linked linked = linkEverything();
		this.merges.merge(linked.kept(), linked.merged(), EnumSet.of(MergeField.PHONE));
		long mergeId = mergeOf(linked.merged());
		assertThat(this.merges.find(mergeId).movesRecorded()).isTrue();
		assertThat(this.merges.find(mergeId).undoOffered()).isTrue();

		// made before V21, as V25 marks it: its changes are not recorded
		sql("update organisation_merge set moves_recorded = false where id = :id", Map.of("id", mergeId));
		assertThat(this.merges.find(mergeId).undoOffered()).isFalse();
		assertThat(this.merges.find(mergeId).withinUndoDays()).isTrue();
		assertThat(this.merges.whyNotUndoable(mergeId))
			.containsExactly(new OrganisationMerge.Refusal("merge.undo.refused.notRecorded", ""));
		assertThatExceptionOfType(MergeUndoRefused.class).isThrownBy(() -> this.merges.undo(mergeId));

		// marked as recorded, but nothing recorded: refused as well
		sql("update organisation_merge set moves_recorded = true where id = :id", Map.of("id", mergeId));
		sql("delete from organisation_merge_move where merge_id = :id", Map.of("id", mergeId));
		assertThat(this.merges.find(mergeId).movesRecorded()).isFalse();
		assertThat(this.merges.whyNotUndoable(mergeId)).extracting(OrganisationMerge.Refusal::messageKey)
			.containsExactly("merge.undo.refused.notRecorded");
		assertThatExceptionOfType(MergeUndoRefused.class).isThrownBy(() -> this.merges.undo(mergeId));
		assertThat(this.directory.get(linked.merged()).isMerged()).as("left merged").isTrue();
		assertThat(this.directory.get(linked.kept()).getPhone()).as("the kept one left as the merge made it")
			.isEqualTo("04 91 00 00 00");
	}

	/**
	 * Every row of every table pointing at organisations that points at one of the two
	 * (by each foreign key column), and their own rows, as JSON without the bookkeeping
	 * columns; history entries up to {@code lastChange} only; not the merges' records.
	 */
	private Map<String, List<String>> rowsPointingAt(long kept, long merged, long lastChange) {
		List<String> columns = new ArrayList<>(this.jdbc.sql("""
				select c.conrelid::regclass::text || '.' || a.attname from pg_constraint c
				join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
				where c.contype = 'f' and c.confrelid = 'organisation'::regclass""").query(String.class).list());
		columns.add("organisation.id");
		// the merge's own record stays, marked undone
		columns.removeIf((column) -> column.startsWith("organisation_merge."));
		Map<String, List<String>> rows = new TreeMap<>();
		for (String column : columns) {
			String[] parts = column.split("\\.");
			String history = parts[0].equals("organisation_change") ? " and t.id <= " + lastChange : "";
			rows.put(column, this.jdbc
				.sql("select cast(to_jsonb(t) - 'version' - 'updated_at' - 'updated_by' as text) r " + "from "
						+ parts[0] + " t where t." + parts[1] + " in (:kept, :merged)" + history + " order by r")
				.param("kept", kept)
				.param("merged", merged)
				.query(String.class)
				.list());
		}
		return rows;
	}

	private long mergeOf(long merged) {
		return count("select id from organisation_merge where merged_id = :o and undone_at is null", merged);
	}

	@Test
	void probableDuplicatesAreThoseTheStaffEditAndNotSaidDistinct() {
		String word = DirectoryTestData.uniqueWord();
		long first = this.directory
			.create(DirectoryTestData.organisation("Calanques Robotique " + word, OrganisationKind.COMPANY,
					"Marseille"))
			.getId();
		long second = this.directory
			.create(DirectoryTestData.organisation("CALANQUES ROBOTIQUE SAS " + word, OrganisationKind.COMPANY,
					"Marseille 2e"))
			.getId();
		long elsewhere = this.directory
			.create(DirectoryTestData.organisation("Calanques Robotique " + word, OrganisationKind.COMPANY, "Lille"))
			.getId();
		PasserelleUser admin = new PasserelleUser(1L, "admin@demo.passerelle", "-", "Admin", Role.ADMIN, null, true,
				true);
		PasserelleUser liaison = new PasserelleUser(2L, "l@demo.passerelle", "-", "L", Role.LIAISON, first, true, true);
		assertThat(this.merges.duplicates(admin))
			.extracting((pair) -> List.of(pair.first().getId(), pair.second().getId()))
			.contains(List.of(first, second))
			.noneMatch((pair) -> pair.contains(elsewhere));
		assertThat(this.merges.duplicates(liaison)).isEmpty();
		this.merges.markDistinct(second, first);
		assertThat(this.merges.duplicates(admin))
			.extracting((pair) -> List.of(pair.first().getId(), pair.second().getId()))
			.doesNotContain(List.of(first, second));
	}

	@Test
	void theProbableDuplicatesFollowCreationsRenamingsMergesAndUndoing() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		PasserelleUser admin = new PasserelleUser(1L, "admin@demo.passerelle", "-", "Admin", Role.ADMIN, null, true,
				true);
		long first = this.directory
			.create(DirectoryTestData.organisation("Garrigue Diagnostics " + word, OrganisationKind.COMPANY, "Nîmes"))
			.getId();
		assertThat(pairsOf(admin, first)).isEmpty();

		long second = this.directory
			.create(DirectoryTestData.organisation("GARRIGUE DIAGNOSTICS SARL " + word, OrganisationKind.COMPANY,
					"NIMES CEDEX 1"))
			.getId();
		assertThat(pairsOf(admin, first)).as("a new similar organisation appears")
			.containsExactly(List.of(first, second));
		assertThat(this.merges.duplicates(admin)).filteredOn((pair) -> pair.first().getId() == first)
			.singleElement()
			.satisfies((pair) -> {
				assertThat(pair.second().getName()).isEqualTo("GARRIGUE DIAGNOSTICS SARL " + word);
				assertThat(pair.similarity()).isEqualTo(1.0);
				assertThat(pair.sameIdentifier()).isFalse();
			});

		this.directory.update(second, this.directory.get(second).getVersion(),
				DirectoryTestData.organisation("Cévennes Logistique " + word, OrganisationKind.COMPANY, "Nîmes"));
		assertThat(pairsOf(admin, first)).as("renamed, it leaves the list").isEmpty();
		this.directory.update(second, this.directory.get(second).getVersion(),
				DirectoryTestData.organisation("Garrigue Diagnostics SAS " + word, OrganisationKind.COMPANY, "Nîmes"));
		assertThat(pairsOf(admin, first)).as("named back").containsExactly(List.of(first, second));

		long elsewhere = this.directory
			.create(DirectoryTestData.organisation("Garrigue Diagnostics " + word, OrganisationKind.COMPANY, "Lille"))
			.getId();
		assertThat(pairsOf(admin, elsewhere)).as("another city").isEmpty();
		this.directory.updateProfile(elsewhere, this.directory.get(elsewhere).getVersion(),
				new PublicProfile(null, null, null, "Nîmes", null, null, null, Set.of()));
		assertThat(pairsOf(admin, elsewhere)).as("moved to the same city")
			.containsExactlyInAnyOrder(List.of(first, elsewhere), List.of(second, elsewhere));

		this.merges.markDistinct(elsewhere, first);
		assertThat(pairsOf(admin, elsewhere)).as("a pair said distinct stays out")
			.containsExactly(List.of(second, elsewhere));

		this.merges.merge(first, second, Set.of());
		assertThat(pairsOf(admin, second)).as("the merged one leaves the list").isEmpty();
		assertThat(pairsOf(admin, first)).as("distinct from the third").isEmpty();
		assertThat(count("select count(*) from organisation_duplicate_candidate where :o in (first_id, second_id)",
				second))
			.isZero();

		this.merges.undo(mergeOf(second));
		assertThat(pairsOf(admin, second)).as("back after the undo")
			.containsExactlyInAnyOrder(List.of(first, second), List.of(second, elsewhere));

		PasserelleUser staff = new PasserelleUser(3L, "staff@demo.passerelle", "-", "Staff", Role.STAFF, 1L, true,
				true);
		assertThat(this.counter.statementsOf(() -> this.merges.duplicates(admin)))
			.as("the pairs, then their organisations, whatever the directory's size")
			.hasSize(2);
		assertThat(this.counter.statementsOf(() -> this.merges.duplicates(staff))).hasSize(2);
	}

	/** The pairs of the person's probable duplicates that include the organisation. */
	private List<List<Long>> pairsOf(PasserelleUser user, long organisationId) {
		return this.merges.duplicates(user)
			.stream()
			.map((pair) -> List.of(pair.first().getId(), pair.second().getId()))
			.filter((pair) -> pair.contains(organisationId))
			.toList();
	}

	/** The ids of two organisations and of a record of every kind linked to them. */
	record Linked(String word, long cluster, long kept, long merged, long component, String siret, long account,
			long convention, long shared, long event, long site, long room, long stand) {

	}

	/**
	 * Two organisations, the second with a record of every kind pointing at it (some
	 * shared with the first), as the other modules store them.
	 */
	private Linked linkEverything() {
		String word = DirectoryTestData.uniqueWord();
		String siren = DirectoryTestData.uniqueSiren();
		long cluster = this.directory
			.create(DirectoryTestData.organisation("Pôle " + word, OrganisationKind.CLUSTER, "Marseille"))
			.getId();
		long kept = this.directory
			.create(new OrganisationDetails("Provepharm " + word, OrganisationKind.UNIVERSITY, null, siren, Set.of(),
					new PublicProfile(null, null, null, "Marseille", null, null, null, Set.of("pharma")),
					EstablishmentDetails.NONE))
			.getId();
		String siret = siren + "00019";
		String validSiret = Identifier.SIRET.isValid(siret) ? siret : complete(siren);
		long merged = this.directory.create(new OrganisationDetails("PROVEPHARM S.A.S. " + word,
				OrganisationKind.UNIVERSITY, null, siren, Set.of(cluster),
				new PublicProfile("PVP", null, null, "Marseille 7e", null, "https://provepharm.example", null,
						Set.of("chimie")),
				new EstablishmentDetails(validSiret, null, null, null, null, "FR", "22 rue Marc Donadille", "13013",
						"04 91 00 00 00")))
			.getId();
		long component = this.directory
			.create(new OrganisationDetails("Labo " + word, OrganisationKind.LABORATORY, merged, null, Set.of(),
					new PublicProfile(null, null, null, "Marseille", null, null, null, Set.of())))
			.getId();
		this.contacts.add(merged,
				new ContactDetails("Claire", "Martin", null, null, null, null, ContactPurpose.PARTNERSHIP));
		this.directory.saveFigures(merged, 2022, new KeyFigures.Values(100, null, null, null, null, null));
		this.directory.saveFigures(merged, 2023, new KeyFigures.Values(200, null, null, null, null, null));
		this.directory.saveFigures(kept, 2023, new KeyFigures.Values(79_000, null, null, null, null, null));

		long account = insert("""
				insert into account (email, display_name, password_hash, role, organisation_id)
				values (:email, 'Merge Liaison', '{noop}x', 'LIAISON', :merged) returning id""",
				Map.of("email", word + "@example.org", "merged", merged));
		long convention = insert("""
				insert into convention (title, reference, status, confidentiality, owner_organisation_id)
				values ('Accord ' || :word, :word, 'DRAFT', 'INTERNAL', :merged) returning id""",
				Map.of("word", word, "merged", merged));
		long shared = insert("""
				insert into convention (title, reference, status, confidentiality, owner_organisation_id)
				values ('Accord commun', :word || '-2', 'DRAFT', 'INTERNAL', :kept) returning id""",
				Map.of("word", word, "kept", kept));
		sql("insert into convention_party values (:c, :o, 'INSTITUTION')", Map.of("c", convention, "o", merged));
		sql("insert into convention_party values (:c, :o, 'INSTITUTION')", Map.of("c", shared, "o", kept));
		sql("insert into convention_party values (:c, :o, 'INSTITUTION')", Map.of("c", shared, "o", merged));
		sql("""
				insert into convention_signatory (convention_id, position, name, function, organisation_id)
				values (:c, 1, 'Claire Martin', 'Présidente', :o)""", Map.of("c", convention, "o", merged));
		long event = insert("insert into event (title_fr, kind) values ('Forum ' || :word, 'FORUM') returning id",
				Map.of("word", word));
		sql("insert into event_organiser values (:e, :o)", Map.of("e", event, "o", merged));
		sql("insert into event_organiser values (:e, :o)", Map.of("e", event, "o", kept));
		sql("insert into event_partner values (:e, :o)", Map.of("e", event, "o", merged));
		long session = insert("""
				insert into event_session (event_id, day, starts_at, ends_at, venue, city, capacity)
				values (:e, date '2027-03-01', time '09:00', time '17:00', 'Pharo', 'Marseille', 10) returning id""",
				Map.of("e", event));
		sql("""
				insert into event_registration (public_id, session_id, event_id, kind, status, organisation_id, name, email,
				  language, registered_at)
				values (gen_random_uuid(), :s, :e, 'ORGANISATION', 'CONFIRMED', :o, 'Claire Martin', 'claire@example.org',
				  'fr', now())""",
				Map.of("s", session, "e", event, "o", merged));
		long site = insert("""
				insert into thirdplace_site (name, institution_id, address, city, setting, status)
				values ('Site ' || :word, :o, '1 rue', 'Marseille', 'URBAN', 'OPEN') returning id""",
				Map.of("word", word, "o", merged));
		long room = insert("""
				insert into thirdplace_space (site_id, kind, name, capacity) values (:site, 'MEETING_ROOM', 'Salle', 8)
				returning id""", Map.of("site", site));
		sql("""
				insert into thirdplace_hosting_request (organisation_id, kind, people, starts_on, purpose, contact_name,
				  contact_email, status)
				values (:o, 'DESKS', 2, date '2027-01-01', 'Équipe projet', 'Claire Martin', 'claire@example.org',
				  'SUBMITTED')""", Map.of("o", merged));
		sql("""
				insert into thirdplace_booking (space_id, organisation_id, booked_by, starts_at, ends_at)
				values (:room, :o, 'claire@example.org', timestamptz '2027-01-05 09:00+01', timestamptz '2027-01-05 10:00+01')""",
				Map.of("room", room, "o", merged));
		long standType = insert("""
				insert into stand_type (event_id, name_fr, price_cents, currency, per_session, max_companies)
				values (:e, 'Stand partagé', 60000, 'EUR', 4, 3) returning id""", Map.of("e", event));
		long stand = insert("""
				insert into stand (event_id, stand_type_id, lead_organisation_id, shared, split, price_cents, currency,
				  max_companies, status)
				values (:e, :t, :o, true, 'SHARES', 60000, 'EUR', 3, 'PENDING') returning id""",
				Map.of("e", event, "t", standType, "o", merged));
		sql("insert into stand_company (stand_id, organisation_id, position, status, share) values (:s, :o, 0, 'JOINED', 2)",
				Map.of("s", stand, "o", merged));
		sql("insert into stand_company (stand_id, organisation_id, position, status, share) values (:s, :o, 1, 'INVITED', 1)",
				Map.of("s", stand, "o", kept));

		return new Linked(word, cluster, kept, merged, component, validSiret, account, convention, shared, event, site,
				room, stand);
	}

	private static String complete(String siren) {
		for (int check = 0; check <= 9; check++) {
			if (Identifier.SIRET.isValid(siren + "0001" + check)) {
				return siren + "0001" + check;
			}
		}
		throw new IllegalStateException();
	}

	private long insert(String sql, Map<String, ?> params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private void sql(String sql, Map<String, ?> params) {
		this.jdbc.sql(sql).params(params).update();
	}

	private long count(String sql, long id) {
		return this.jdbc.sql(sql).param("o", id).query(Long.class).single();
	}

}
