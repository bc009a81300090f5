package org.passerelle.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.KeptUntilChange;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Probable duplicates in the directory, and their merging: the kept organisation takes,
 * field by field, the values chosen; contacts, figures, components, cluster members and
 * history move to it, and every other module moves its own records
 * ({@link OrganisationReferences}); the other organisation stays, deactivated, as a
 * redirect to the kept one. Both histories record the merge, table
 * {@code organisation_merge} keeps what the kept one was before and what moved, and the
 * account module writes it in the audit log. Every row the merge changed is recorded
 * ({@link MergeTrace}), so that an administrator may undo the merge for
 * {@link OrganisationSettings#mergeUndoDays()} days, unless those rows changed since.
 */
@Service
@Transactional
public class OrganisationMerges {

	/** How many pairs the duplicates page shows at most. */
	public static final int PAIRS_SHOWN = 100;

	/** The trace's name for the changes to the kept organisation's own fields. */
	private static final String KEPT_FIELDS = "directory.kept";

	/** The trace's name for the directory's other changes (made before the modules'). */
	private static final String DIRECTORY = "directory";

	/**
	 * The trace's name for the probable duplicates found again after the merge: kept
	 * pairs, not records, so they never hold an undo back.
	 */
	private static final String DUPLICATES = "directory.duplicates";

	private static final MergeTrace.Rows ORGANISATION_ROW = new MergeTrace.Rows("organisation", "id");

	private static final String MERGES = """
			select m.id, m.kept_id, k.name as kept_name, m.merged_id, d.name as merged_name, m.merged_at, m.merged_by,
			  m.undone_at, m.undone_by,
			  (m.moves_recorded and exists (select 1 from organisation_merge_move mm where mm.merge_id = m.id))
			    as moves_recorded
			from organisation_merge m join organisation k on k.id = m.kept_id join organisation d on d.id = m.merged_id
			""";

	/** How similar two names must be for the pair to be shown (0 to 1). */
	static final double PAIR_SIMILARITY = 0.6;

	private final OrganisationRepository organisations;

	private final JdbcClient jdbc;

	private final History history;

	private final ObjectProvider<OrganisationReferences> references;

	private final OrganisationSettings settings;

	private final DuplicateCandidates candidates;

	OrganisationMerges(OrganisationRepository organisations, JdbcClient jdbc, History history,
			ObjectProvider<OrganisationReferences> references, OrganisationSettings settings,
			DuplicateCandidates candidates) {
		this.settings = settings;
		this.candidates = candidates;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.history = history;
		this.references = references;
	}

	/**
	 * Two organisations probably the same.
	 *
	 * @param first the one created first
	 * @param second the other
	 * @param similarity how similar their names are (0 to 1)
	 * @param sameIdentifier whether they share an RNA or ROR number, or a SIREN in the
	 * same city
	 */
	public record Pair(Organisation first, Organisation second, double similarity, boolean sameIdentifier) {

	}

	/**
	 * The probable duplicates the person may merge: administrators all; staff those among
	 * partner organisations and their own institution's tree (both of a pair must be
	 * theirs to edit). Those sharing an identifier first, then the most similar; pairs
	 * said to be distinct are left out. Read from the pairs kept by
	 * {@link DuplicateCandidates}: two statements whatever the directory's size.
	 */
	@Transactional(readOnly = true)
	public List<Pair> duplicates(PasserelleUser user) {
		boolean all = user.hasRole(Role.ADMIN);
		Long own = user.getOrganisationId();
		if (!all && (!user.hasRole(Role.STAFF) || own == null)) {
			return List.of();
		}
		List<Object[]> rows = this.jdbc.sql("""
				with recursive mine(id) as (
				  select cast(:own as bigint) where cast(:own as bigint) is not null
				  union
				  select o.id from organisation o join mine on o.parent_id = mine.id
				)
				select c.first_id, c.second_id, c.score, c.same_identifier
				from organisation_duplicate_candidate c
				join organisation a on a.id = c.first_id
				join organisation b on b.id = c.second_id
				where a.merged_into_id is null and b.merged_into_id is null
				  and (:all or ((a.kind not in (:institutions) or a.id in (select id from mine))
				    and (b.kind not in (:institutions) or b.id in (select id from mine))))
				  and not exists (select 1 from organisation_distinct_pair d
				    where d.first_id = c.first_id and d.second_id = c.second_id)
				order by c.same_identifier desc, c.score desc, c.first_id, c.second_id
				limit :limit""")
			.param("own", own)
			.param("all", all)
			.param("institutions", OrganisationKind.institutions().stream().map(Enum::name).toList())
			.param("limit", PAIRS_SHOWN)
			.query((rs,
					row) -> new Object[] { rs.getLong("first_id"), rs.getLong("second_id"), rs.getDouble("score"),
							rs.getBoolean("same_identifier") })
			.list();
		Set<Long> ids = new LinkedHashSet<>();
		rows.forEach((row) -> {
			ids.add((Long) row[0]);
			ids.add((Long) row[1]);
		});
		Map<Long, Organisation> byId = new LinkedHashMap<>();
		this.organisations.findAllById(ids).forEach((o) -> byId.put(o.getId(), o));
		List<Pair> pairs = new ArrayList<>();
		for (Object[] row : rows) {
			Organisation first = byId.get((Long) row[0]);
			Organisation second = byId.get((Long) row[1]);
			if (first != null && second != null) {
				pairs.add(new Pair(first, second, (Double) row[2], (Boolean) row[3]));
			}
		}
		return pairs;
	}

	/** Records that two organisations are not the same: the pair is offered no more. */
	public void markDistinct(long oneId, long otherId) {
		if (oneId == otherId) {
			throw new IllegalArgumentException("An organisation is the same as itself");
		}
		this.jdbc.sql("""
				insert into organisation_distinct_pair (first_id, second_id, decided_at, decided_by)
				values (:first, :second, :at, :by) on conflict do nothing""")
			.param("first", Math.min(oneId, otherId))
			.param("second", Math.max(oneId, otherId))
			.param("at", Timestamp.from(this.history.clock().instant()))
			.param("by", this.history.who())
			.update();
	}

	/**
	 * Merges {@code mergedId} into {@code keptId}, the kept one taking the other's value
	 * of each field in {@code takenFromMerged} and its own of the others.
	 * @return what moved to the kept one, by message key of the sort of record
	 * @throws IllegalArgumentException when one of them is merged already, or when the
	 * values chosen break the directory's rules (see {@link #rulesBrokenBy})
	 */
	public Map<String, Integer> merge(long keptId, long mergedId, Set<MergeField> takenFromMerged) {
		// rows moved with SQL, which Hibernate does not see: the directory's kept values
		// are made again
		KeptUntilChange.written(Organisation.class);
		Organisation kept = load(keptId);
		Organisation merged = load(mergedId);
		OrganisationDetails details = chosen(kept, merged, takenFromMerged);
		List<Organisation.Broken> broken = rulesBrokenBy(details);
		if (!broken.isEmpty()) {
			throw new IllegalArgumentException("The values chosen break the directory's rules: " + broken);
		}
		Map<String, String> keptBefore = kept.snapshot();
		Map<String, String> mergedBefore = merged.snapshot();
		Instant now = this.history.clock().instant();
		MergeTrace trace = new MergeTrace(this.jdbc, keptId, mergedId);
		merged.mergeInto(kept, now);
		Set<Organisation> clusters = new LinkedHashSet<>(kept.getClusters());
		clusters.addAll(merged.getClusters());
		clusters.removeIf((cluster) -> cluster.getId().equals(keptId) || cluster.getId().equals(mergedId));
		merged.leaveClusters();
		trace.around(List.of(ORGANISATION_ROW, new MergeTrace.Rows("organisation_cluster_member", "member_id")), () -> {
			this.organisations.saveAndFlush(merged);
			return 0;
		});

		Map<String, Integer> moved = new LinkedHashMap<>();
		moved.put("merge.moved.contacts",
				trace.around("contact", "organisation_id",
						() -> update("update contact set organisation_id = :kept where organisation_id = :merged",
								keptId, mergedId)));
		moved.put("merge.moved.figures", trace.around("organisation_figures", "organisation_id", () -> update("""
				update organisation_figures f set organisation_id = :kept
				where f.organisation_id = :merged and not exists (select 1 from organisation_figures k
				  where k.organisation_id = :kept and k.figures_year = f.figures_year)""", keptId, mergedId)));
		moved.put("merge.moved.components",
				trace.around("organisation", "parent_id",
						() -> update(
								"update organisation set parent_id = :kept where parent_id = :merged and id <> :kept",
								keptId, mergedId)));
		moved.put("merge.moved.members", trace.around("organisation_cluster_member", "cluster_id", () -> {
			update("""
					insert into organisation_cluster_member (cluster_id, member_id)
					select :kept, member_id from organisation_cluster_member where cluster_id = :merged and member_id <> :kept
					on conflict do nothing""",
					keptId, mergedId);
			return this.jdbc.sql("delete from organisation_cluster_member where cluster_id = :merged")
				.param("merged", mergedId)
				.update();
		}));
		moved.put("merge.moved.history",
				trace.around("organisation_change", "organisation_id", () -> update(
						"update organisation_change set organisation_id = :kept where organisation_id = :merged",
						keptId, mergedId)));
		OrganisationReferences.Merge merge = new OrganisationReferences.Merge(keptId, details.name(), mergedId,
				merged.getName());
		this.references.orderedStream().forEach((module) -> {
			trace.recordAs(module.name());
			module.moveTo(merge, trace).forEach((key, count) -> moved.merge(key, count, Integer::sum));
		});
		moved.values().removeIf((count) -> count == 0);

		Organisation parent = (details.parentId() != null) ? this.organisations.findById(details.parentId())
			.orElseThrow(() -> new NotFoundException("Organisation", details.parentId())) : null;
		trace.recordAs(KEPT_FIELDS);
		trace.around(List.of(ORGANISATION_ROW, new MergeTrace.Rows("organisation_tag", "organisation_id"),
				new MergeTrace.Rows("organisation_cluster_member", "member_id")), () -> {
					kept.update(details, parent, clusters);
					this.organisations.saveAndFlush(kept);
					return 0;
				});
		trace.recordAs(DUPLICATES);
		this.candidates.merged(trace, keptId, mergedId);

		Map<String, String> keptAfter = new LinkedHashMap<>(kept.snapshot());
		keptAfter.put("merged", merged.getName() + " (#" + mergedId + ")");
		moved.forEach((key, count) -> keptAfter.put(key, String.valueOf(count)));
		this.history.record(keptId, null, ChangeAction.MERGED, keptBefore, keptAfter);
		this.history.record(mergedId, null, ChangeAction.MERGED_INTO, Map.of(),
				Map.of("mergedInto", kept.getName() + " (#" + keptId + ")"));
		long mergeId = this.jdbc
			.sql("""
					insert into organisation_merge (kept_id, merged_id, merged_at, merged_by, kept_before, moved, moves_recorded)
					values (:kept, :merged, :at, :by, :before, :moved, true) returning id""")
			.param("kept", keptId)
			.param("merged", mergedId)
			.param("at", Timestamp.from(now))
			.param("by", this.history.who())
			.param("before",
					FieldChange.encode(History.diff(Map.of(), keptBefore)) + "\u001d"
							+ FieldChange.encode(History.diff(Map.of(), mergedBefore)))
			.param("moved",
					moved.entrySet()
						.stream()
						.map((entry) -> entry.getKey() + "=" + entry.getValue())
						.collect(Collectors.joining(", ")))
			.query(Long.class)
			.single();
		List<MergeTrace.Move> moves = trace.moves();
		for (int position = 0; position < moves.size(); position++) {
			MergeTrace.Move move = moves.get(position);
			this.jdbc.sql("""
					insert into organisation_merge_move (merge_id, position, mover, table_name, change, row_key,
					  column_name, value_before, value_after)
					values (:merge, :position, :mover, :table, :change, cast(:key as jsonb), :column,
					  cast(:before as jsonb), cast(:after as jsonb))""")
				.param("merge", mergeId)
				.param("position", position)
				.param("mover", move.mover())
				.param("table", move.table())
				.param("change", move.change().name())
				.param("key", move.key())
				.param("column", move.column())
				.param("before", move.before())
				.param("after", move.after())
				.update();
		}
		return moved;
	}

	/**
	 * The merges made in the last {@link OrganisationSettings#mergeUndoDays()} days into
	 * one organisation, most recent first (at most {@link #PAIRS_SHOWN}), or into any
	 * when {@code keptId} is null.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationMerge> recent(@Nullable Long keptId) {
		return this.jdbc.sql(MERGES + """
				where m.merged_at >= :since and (cast(:kept as bigint) is null or m.kept_id = :kept)
				order by m.merged_at desc, m.id desc limit :limit""")
			.param("since", Timestamp.from(undoableSince()))
			.param("kept", keptId)
			.param("limit", PAIRS_SHOWN)
			.query(this::mergeOf)
			.list();
	}

	/**
	 * The merges made in the last {@link OrganisationSettings#mergeUndoDays()} days, most
	 * recent first, a page of them.
	 */
	@Transactional(readOnly = true)
	public Page<OrganisationMerge> recentPage(Pageable pageable) {
		Timestamp since = Timestamp.from(undoableSince());
		List<OrganisationMerge> content = this.jdbc.sql(MERGES + """
				where m.merged_at >= :since
				order by m.merged_at desc, m.id desc limit :limit offset :offset""")
			.param("since", since)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(this::mergeOf)
			.list();
		long total = this.jdbc.sql("select count(*) from organisation_merge where merged_at >= :since")
			.param("since", since)
			.query(Long.class)
			.single();
		return new PageImpl<>(content, pageable, total);
	}

	/** One merge. */
	@Transactional(readOnly = true)
	public OrganisationMerge find(long mergeId) {
		return this.jdbc.sql(MERGES + " where m.id = :id")
			.param("id", mergeId)
			.query(this::mergeOf)
			.optional()
			.orElseThrow(() -> new NotFoundException("Merge", mergeId));
	}

	/**
	 * Why a merge cannot be undone now (empty when it can): undone already, older than
	 * the days allowed, made before merges recorded what they changed (before V21, or no
	 * change recorded: an undo could not put the rows back), the kept organisation merged
	 * since into another, or records the merge changed that have changed since (an undo
	 * would overwrite those changes).
	 */
	@Transactional(readOnly = true)
	public List<OrganisationMerge.Refusal> whyNotUndoable(long mergeId) {
		OrganisationMerge merge = find(mergeId);
		List<OrganisationMerge.Refusal> refusals = new ArrayList<>();
		if (merge.undoneAt() != null) {
			refusals.add(new OrganisationMerge.Refusal("merge.undo.refused.undone", ""));
			return refusals;
		}
		if (merge.mergedAt().isBefore(undoableSince())) {
			refusals.add(new OrganisationMerge.Refusal("merge.undo.refused.expired",
					String.valueOf(this.settings.mergeUndoDays())));
		}
		List<MergeTrace.Move> moves = moves(mergeId);
		if (!merge.movesRecorded() || moves.isEmpty()) {
			refusals.add(new OrganisationMerge.Refusal("merge.undo.refused.notRecorded", ""));
		}
		Long keptInto = this.jdbc.sql("select merged_into_id from organisation where id = :id")
			.param("id", merge.keptId())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (keptInto != null) {
			refusals.add(new OrganisationMerge.Refusal("merge.undo.refused.keptMerged", String.valueOf(keptInto)));
		}
		List<String> changed = MergeTrace.conflicts(this.jdbc,
				moves.stream().filter((move) -> !move.mover().equals(DUPLICATES)).toList());
		if (!changed.isEmpty()) {
			refusals.add(new OrganisationMerge.Refusal("merge.undo.refused.changed", String.join(", ", changed)));
		}
		return refusals;
	}

	/**
	 * Undoes a merge: every record moved goes back to the merged organisation, the fields
	 * of the kept one take back their values, the merged one is no longer a redirect;
	 * both histories record it, and the account module the audit log.
	 * @throws MergeUndoRefused when {@link #whyNotUndoable} finds a reason
	 */
	public void undo(long mergeId) {
		// rows moved with SQL, which Hibernate does not see: the directory's kept values
		// are made again
		KeptUntilChange.written(Organisation.class);
		this.jdbc.sql("select id from organisation_merge where id = :id for update")
			.param("id", mergeId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Merge", mergeId));
		List<OrganisationMerge.Refusal> refusals = whyNotUndoable(mergeId);
		if (!refusals.isEmpty()) {
			throw new MergeUndoRefused(refusals);
		}
		OrganisationMerge record = find(mergeId);
		List<MergeTrace.Move> moves = moves(mergeId);
		recorded(moves, KEPT_FIELDS).restore();
		OrganisationReferences.Merge merge = new OrganisationReferences.Merge(record.keptId(), name(record.keptId()),
				record.mergedId(), record.mergedName());
		List<OrganisationReferences> modules = new ArrayList<>(this.references.orderedStream().toList());
		Collections.reverse(modules);
		Set<String> known = new HashSet<>(Set.of(KEPT_FIELDS, DIRECTORY, DUPLICATES));
		for (OrganisationReferences module : modules) {
			known.add(module.name());
			module.moveBack(merge, recorded(moves, module.name()));
		}
		// the records of a module no longer in the portal
		new MergeTrace.Recorded(this.jdbc, moves.stream().filter((move) -> !known.contains(move.mover())).toList())
			.restore();
		recorded(moves, DIRECTORY).restore();
		this.candidates.restore(recorded(moves, DUPLICATES).moves(), record.keptId(), record.mergedId());
		Instant now = this.history.clock().instant();
		this.jdbc.sql("update organisation_merge set undone_at = :at, undone_by = :by where id = :id")
			.param("at", Timestamp.from(now))
			.param("by", this.history.who())
			.param("id", mergeId)
			.update();
		this.history.record(record.keptId(), null, ChangeAction.MERGE_UNDONE, Map.of(),
				Map.of("unmerged", record.mergedName() + " (#" + record.mergedId() + ")"));
		this.history.record(record.mergedId(), null, ChangeAction.MERGE_UNDONE, Map.of(),
				Map.of("unmerged", merge.keptName() + " (#" + record.keptId() + ")"));
	}

	private Instant undoableSince() {
		return this.history.clock().instant().minus(Duration.ofDays(this.settings.mergeUndoDays()));
	}

	private String name(long organisationId) {
		return this.jdbc.sql("select name from organisation where id = :id")
			.param("id", organisationId)
			.query(String.class)
			.single();
	}

	private List<MergeTrace.Move> moves(long mergeId) {
		return this.jdbc.sql("""
				select mover, table_name, change, cast(row_key as text) as row_key, column_name,
				  cast(value_before as text) as value_before, cast(value_after as text) as value_after
				from organisation_merge_move where merge_id = :id order by position""")
			.param("id", mergeId)
			.query((rs, row) -> new MergeTrace.Move(rs.getString("mover"), rs.getString("table_name"),
					MergeTrace.Change.valueOf(rs.getString("change")), rs.getString("row_key"),
					rs.getString("column_name"), rs.getString("value_before"), rs.getString("value_after")))
			.list();
	}

	private MergeTrace.Recorded recorded(List<MergeTrace.Move> moves, String mover) {
		return new MergeTrace.Recorded(this.jdbc, moves.stream().filter((move) -> move.mover().equals(mover)).toList());
	}

	private OrganisationMerge mergeOf(ResultSet rs, int row) throws SQLException {
		Timestamp undoneAt = rs.getTimestamp("undone_at");
		Instant mergedAt = rs.getTimestamp("merged_at").toInstant();
		return new OrganisationMerge(rs.getLong("id"), rs.getLong("kept_id"), rs.getString("kept_name"),
				rs.getLong("merged_id"), rs.getString("merged_name"), mergedAt, rs.getString("merged_by"),
				(undoneAt != null) ? undoneAt.toInstant() : null, rs.getString("undone_by"),
				undoneAt == null && !mergedAt.isBefore(undoableSince()), rs.getBoolean("moves_recorded"));
	}

	/** The details the kept organisation will have, its values or the other's. */
	public OrganisationDetails chosen(Organisation kept, Organisation merged, Set<MergeField> takenFromMerged) {
		java.util.function.Function<MergeField, Organisation> from = (field) -> takenFromMerged.contains(field) ? merged
				: kept;
		Organisation parentSource = from.apply(MergeField.PARENT);
		Long parentId = (parentSource.getParent() != null) ? parentSource.getParent().getId() : null;
		if (parentId != null && (parentId.equals(kept.getId()) || parentId.equals(merged.getId()))) {
			parentId = null;
		}
		OrganisationKind kind = from.apply(MergeField.KIND).getKind();
		Set<String> tags = new TreeSet<>(kept.getTags());
		tags.addAll(merged.getTags());
		PublicProfile profile = new PublicProfile(from.apply(MergeField.SHORT_NAME).getShortName(),
				from.apply(MergeField.SIZE_CLASS).getSizeClass(), from.apply(MergeField.SECTOR).getSector(),
				from.apply(MergeField.CITY).getCity(), from.apply(MergeField.REGION).getRegion(),
				from.apply(MergeField.WEBSITE).getWebsite(), from.apply(MergeField.DESCRIPTION).getDescription(), tags);
		EstablishmentDetails establishment = new EstablishmentDetails(from.apply(MergeField.SIRET).getSiret(),
				from.apply(MergeField.UAI).getUai(), from.apply(MergeField.RNA).getRna(),
				from.apply(MergeField.ROR).getRor(), from.apply(MergeField.VAT).getVatNumber(),
				from.apply(MergeField.COUNTRY).getCountry(), from.apply(MergeField.STREET_ADDRESS).getStreetAddress(),
				from.apply(MergeField.POSTAL_CODE).getPostalCode(), from.apply(MergeField.PHONE).getPhone());
		return new OrganisationDetails(from.apply(MergeField.NAME).getName(), kind,
				kind.isInstitution() ? parentId : null, from.apply(MergeField.SIREN).getSiren(), Set.of(), profile,
				establishment);
	}

	/**
	 * The directory's rules that these details break (a size class for companies
	 * only...).
	 */
	public static List<Organisation.Broken> rulesBrokenBy(OrganisationDetails details) {
		List<Organisation.Broken> broken = new ArrayList<>(
				Organisation.rulesBrokenBy(details.kind(), details.profile()));
		if (details.establishment() != null) {
			broken.addAll(Organisation.rulesBrokenBy(details.establishment()));
		}
		return broken;
	}

	/**
	 * The organisation a merged one redirects to (following merges in a row), if merged.
	 */
	@Transactional(readOnly = true)
	public @Nullable Long redirectOf(Organisation organisation) {
		Long target = organisation.getMergedIntoId();
		for (int depth = 0; target != null && depth < 16; depth++) {
			Long next = this.organisations.findById(target).map(Organisation::getMergedIntoId).orElse(null);
			if (next == null) {
				return target;
			}
			target = next;
		}
		return target;
	}

	private Organisation load(long id) {
		Organisation organisation = this.organisations.findWithProfileById(id)
			.orElseThrow(() -> new NotFoundException("Organisation", id));
		if (organisation.isMerged()) {
			throw new IllegalArgumentException("Organisation " + id + " is merged already");
		}
		return organisation;
	}

	private int update(String sql, long keptId, long mergedId) {
		return this.jdbc.sql(sql).param("kept", keptId).param("merged", mergedId).update();
	}

}
