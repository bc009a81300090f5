package org.passerelle.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a merge changed, row by row, so that an undo puts back exactly what was there.
 * Each mover runs its statements {@linkplain #around around}: the rows of a table whose
 * column names either organisation are read before and after, and every column changed,
 * every row deleted and every row inserted is recorded with the values before and after
 * (as JSON, in table {@code organisation_merge_move}). Moving back is the reverse,
 * refused when a recorded row has changed since ({@link #conflicts}).
 */
public final class MergeTrace {

	/** Columns that record who changed a row when, not what the row is. */
	private static final List<String> BOOKKEEPING = List.of("version", "updated_at", "updated_by");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final long keptId;

	private final long mergedId;

	private final List<Move> moves = new ArrayList<>();

	private String mover = "directory";

	MergeTrace(JdbcClient jdbc, long keptId, long mergedId) {
		this.jdbc = jdbc;
		this.keptId = keptId;
		this.mergedId = mergedId;
	}

	/** How a row changed. */
	public enum Change {

		/** One column went from one value to another. */
		UPDATED,
		/** The row was deleted. */
		DELETED,
		/** The row was inserted. */
		INSERTED

	}

	/**
	 * One change a merge made.
	 *
	 * @param mover who made it ({@code directory}, {@code directory.kept} or a module's
	 * {@link OrganisationReferences#name()})
	 * @param table the table
	 * @param change how the row changed
	 * @param key the row's primary key, a JSON object
	 * @param column the column changed ({@link Change#UPDATED} only)
	 * @param before the column's value before, or the whole row deleted (JSON)
	 * @param after the column's value after, or the whole row inserted (JSON)
	 */
	public record Move(String mover, String table, Change change, String key, @Nullable String column,
			@Nullable String before, @Nullable String after) {

	}

	/** The rows of a table whose column names one of the two organisations. */
	public record Rows(String table, String column) {

		public Rows {
			identifier(table);
			identifier(column);
		}

	}

	/**
	 * Runs {@code work}, recording what it changed in the rows of {@code table} whose
	 * {@code column} names either organisation (before or after).
	 * @return what {@code work} returns (a count of records moved)
	 */
	public int around(String table, String column, IntSupplier work) {
		return around(List.of(new Rows(table, column)), work);
	}

	/** Runs {@code work}, recording what it changed in each set of rows. */
	public int around(List<Rows> watched, IntSupplier work) {
		List<String> before = new ArrayList<>();
		for (Rows rows : watched) {
			before.add(this.jdbc
				.sql("select cast(coalesce(jsonb_agg(r), '[]') as text) from (select to_jsonb(t) r from " + rows.table()
						+ " t where t." + rows.column() + " in (:kept, :merged) for update) s")
				.param("kept", this.keptId)
				.param("merged", this.mergedId)
				.query(String.class)
				.single());
		}
		int result = work.getAsInt();
		for (int i = 0; i < watched.size(); i++) {
			record(watched.get(i), before.get(i));
		}
		return result;
	}

	/** What was recorded, in the order it happened. */
	public List<Move> moves() {
		return Collections.unmodifiableList(this.moves);
	}

	void recordAs(String mover) {
		this.mover = mover;
	}

	private void record(Rows rows, String before) {
		Table table = table(this.jdbc, rows.table());
		this.jdbc
			.sql("""
					with b as (
					  select value as r, (select jsonb_object_agg(k, value -> k) from unnest(cast(:keys as text[])) k) as key
					  from jsonb_array_elements(cast(:before as jsonb))),
					a as (
					  select r, (select jsonb_object_agg(k, r -> k) from unnest(cast(:keys as text[])) k) as key
					  from (select to_jsonb(t) as r from %s t where t.%s in (:kept, :merged)) s)
					select * from (
					  select 1 as ord, 'UPDATED' as change, cast(b.key as text) as row_key, e.key as column_name,
					    cast(b.r -> e.key as text) as value_before, cast(e.value as text) as value_after
					  from b join a on a.key = b.key cross join lateral jsonb_each(a.r) e
					  where (b.r -> e.key) is distinct from e.value and e.key <> all(cast(:ignored as text[]))
					  union all
					  select 2, 'DELETED', cast(b.key as text), null, cast(b.r as text), null
					  from b where not exists (select 1 from a where a.key = b.key)
					  union all
					  select 3, 'INSERTED', cast(a.key as text), null, null, cast(a.r as text)
					  from a where not exists (select 1 from b where b.key = a.key)) moves
					order by ord, row_key, column_name"""
				.formatted(rows.table(), rows.column()))
			.param("keys", table.keys().toArray(String[]::new))
			.param("before", before)
			.param("kept", this.keptId)
			.param("merged", this.mergedId)
			.param("ignored", table.ignored().toArray(String[]::new))
			.query((rs, row) -> new Move(this.mover, rows.table(), Change.valueOf(rs.getString("change")),
					rs.getString("row_key"), rs.getString("column_name"), rs.getString("value_before"),
					rs.getString("value_after")))
			.list()
			.forEach(this.moves::add);
	}

	/**
	 * Why moving these back would not restore what was there: a row updated by the merge
	 * that is gone or whose column has changed since, a row deleted by the merge that
	 * exists again. Each reason is {@code table.column} (or {@code table}), once.
	 */
	static List<String> conflicts(JdbcClient jdbc, List<Move> moves) {
		List<String> conflicts = new ArrayList<>();
		for (Move move : moves) {
			Table table = table(jdbc, move.table());
			String reason = switch (move.change()) {
				case UPDATED -> {
					List<Boolean> same = jdbc
						.sql("select coalesce((to_jsonb(t) -> :column) = cast(:after as jsonb), false) from "
								+ move.table() + " t, jsonb_populate_record(null::" + move.table()
								+ ", cast(:key as jsonb)) v where " + table.matching())
						.param("column", move.column())
						.param("after", move.after())
						.param("key", move.key())
						.query(Boolean.class)
						.list();
					yield (same.isEmpty() || !same.get(0)) ? move.table() + "." + move.column() : null;
				}
				case DELETED -> exists(jdbc, table, move.key()) ? move.table() : null;
				case INSERTED -> null;
			};
			if (reason != null && !conflicts.contains(reason)) {
				conflicts.add(reason);
			}
		}
		return conflicts;
	}

	/**
	 * Moves back what a merge recorded, for one mover: its changes undone in the reverse
	 * order.
	 */
	public static final class Recorded {

		private final JdbcClient jdbc;

		private final List<Move> moves;

		Recorded(JdbcClient jdbc, List<Move> moves) {
			this.jdbc = jdbc;
			this.moves = List.copyOf(moves);
		}

		public List<Move> moves() {
			return this.moves;
		}

		/**
		 * Puts every recorded row back as it was before the merge.
		 * @return how many changes were undone
		 */
		public int restore() {
			for (int i = this.moves.size() - 1; i >= 0; i--) {
				restore(this.moves.get(i));
			}
			return this.moves.size();
		}

		private void restore(Move move) {
			Table table = table(this.jdbc, move.table());
			switch (move.change()) {
				case UPDATED -> this.jdbc
					.sql("update " + move.table() + " t set " + move.column() + " = v." + move.column()
							+ (table.versioned() ? ", version = t.version + 1" : "")
							+ " from jsonb_populate_record(null::" + move.table()
							+ ", cast(:key as jsonb) || jsonb_build_object(:column, cast(:before as jsonb)))"
							+ " v where " + table.matching())
					.param("key", move.key())
					.param("column", move.column())
					.param("before", move.before())
					.update();
				case DELETED -> this.jdbc
					.sql("insert into " + move.table() + " (" + table.insertable() + ") select " + table.insertable()
							+ " from jsonb_populate_record(null::" + move.table() + ", cast(:row as jsonb))")
					.param("row", move.before())
					.update();
				case INSERTED ->
					this.jdbc
						.sql("delete from " + move.table() + " t using jsonb_populate_record(null::" + move.table()
								+ ", cast(:key as jsonb)) v where " + table.matching())
						.param("key", move.key())
						.update();
			}
		}

	}

	private static boolean exists(JdbcClient jdbc, Table table, String key) {
		return jdbc
			.sql("select count(*) from " + table.name() + " t, jsonb_populate_record(null::" + table.name()
					+ ", cast(:key as jsonb)) v where " + table.matching())
			.param("key", key)
			.query(Long.class)
			.single() > 0;
	}

	private static String identifier(String name) {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a table or column name: " + name);
		}
		return name;
	}

	/** A table's primary key, the columns an insert may set, whether it has a version. */
	private record Table(String name, List<String> keys, String insertable, boolean versioned, List<String> ignored) {

		String matching() {
			return this.keys.stream().map((key) -> "t." + key + " = v." + key).collect(Collectors.joining(" and "));
		}

	}

	private static Table table(JdbcClient jdbc, String name) {
		identifier(name);
		return TABLES.computeIfAbsent(name, (table) -> {
			List<String> keys = jdbc.sql("""
					select a.attname from pg_index i
					join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
					where i.indrelid = cast(:table as regclass) and i.indisprimary
					order by array_position(cast(i.indkey as int2[]), a.attnum)""")
				.param("table", table)
				.query(String.class)
				.list();
			List<String> columns = jdbc.sql("""
					select column_name from information_schema.columns
					where table_schema = current_schema() and table_name = :table and is_generated = 'NEVER'
					order by ordinal_position""").param("table", table).query(String.class).list();
			List<String> ignored = new ArrayList<>(BOOKKEEPING);
			ignored.addAll(jdbc.sql("""
					select column_name from information_schema.columns
					where table_schema = current_schema() and table_name = :table and is_generated <> 'NEVER'""")
				.param("table", table)
				.query(String.class)
				.list());
			if (keys.isEmpty() || columns.isEmpty()) {
				throw new IllegalStateException("No primary key or columns for table " + table);
			}
			columns.forEach(MergeTrace::identifier);
			return new Table(table, keys, String.join(", ", columns), columns.contains("version"),
					List.copyOf(ignored));
		});
	}

}
