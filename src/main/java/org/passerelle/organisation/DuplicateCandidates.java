package org.passerelle.organisation;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The probable duplicates of the directory, kept in table
 * {@code organisation_duplicate_candidate} rather than computed on each request
 * (comparing every pair of a large directory takes minutes): two organisations, neither
 * merged, whose names are similar ({@link OrganisationMerges#PAIR_SIMILARITY}, trigram
 * similarity of {@link MatchText#name}) in the same city or where one city is unknown, or
 * that share an RNA or ROR number, or a SIREN in the same city.
 * <p>
 * An organisation's pairs are found again ({@link #refresh}) whenever it is created, its
 * name, city or identifiers change, it is imported, merged or unmerged: a probe through
 * the trigram indexes of a few milliseconds. Large imports and the first filling of a
 * large directory queue the organisations instead ({@link #queue}); a background job, run
 * by one instance at a time, works through the queue every minute. Once a week
 * ({@code passerelle.organisation.duplicates.rebuild-cron}) every organisation is queued
 * ({@link #rebuild}).
 */
@Component
public class DuplicateCandidates {

	/**
	 * How many organisations are probed in one statement, and one transaction of the job.
	 */
	static final int BATCH = 500;

	private static final Logger logger = LoggerFactory.getLogger(DuplicateCandidates.class);

	/**
	 * Finds the pairs of the organisations {@code :ids}: the similar names in the same
	 * city through the index on city and name, in any city for an organisation without
	 * one, those without a city through their partial index; the identifiers through
	 * theirs. Pairs no longer found are deleted, those found again keep when they were
	 * first found.
	 */
	private static final String REFRESH = """
			with me as materialized (
			  select id, match_name, match_city, rna, ror, siren from organisation
			  where id = any(cast(:ids as bigint[])) and merged_into_id is null),
			near as (
			  select me.id as me_id, o.* from me cross join lateral (
			    select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
			      where o.match_name % me.match_name and o.match_city = me.match_city
			    union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
			      where o.match_name % me.match_name and coalesce(me.match_city, '') = ''
			    union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
			      where o.match_name % me.match_name and coalesce(o.match_city, '') = ''
			    union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
			      where o.rna = me.rna
			    union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
			      where o.ror = me.ror
			    union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
			      where o.siren = me.siren and o.match_city = me.match_city) o),
			found as (
			  select distinct on (least(me.id, o.id), greatest(me.id, o.id))
			    least(me.id, o.id) as first_id, greatest(me.id, o.id) as second_id,
			    coalesce(similarity(o.match_name, me.match_name), 0) as score,
			    coalesce(o.rna = me.rna or o.ror = me.ror or (o.siren = me.siren and o.match_city = me.match_city),
			      false) as same_identifier
			  from near o join me on me.id = o.me_id
			  where o.id <> me.id and o.merged_into_id is null
			  order by least(me.id, o.id), greatest(me.id, o.id)),
			gone as (
			  delete from organisation_duplicate_candidate c
			  where (c.first_id = any(cast(:ids as bigint[])) or c.second_id = any(cast(:ids as bigint[])))
			    and not exists (select 1 from found f where f.first_id = c.first_id and f.second_id = c.second_id))
			insert into organisation_duplicate_candidate (first_id, second_id, score, same_identifier, found_at)
			select first_id, second_id, score, same_identifier, :now from found
			on conflict (first_id, second_id) do update
			  set score = excluded.score, same_identifier = excluded.same_identifier
			  where organisation_duplicate_candidate.score <> excluded.score
			    or organisation_duplicate_candidate.same_identifier <> excluded.same_identifier""";

	private final JdbcClient jdbc;

	private final History history;

	private final TransactionTemplate transactions;

	DuplicateCandidates(JdbcClient jdbc, History history, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.history = history;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Finds the pairs of these organisations again, in the current transaction: those of
	 * a merged (or deleted) organisation are removed.
	 */
	@Transactional
	public void refresh(Collection<Long> organisationIds) {
		List<Long> ids = organisationIds.stream().distinct().toList();
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("select set_config('pg_trgm.similarity_threshold', :threshold, true)")
			.param("threshold", String.valueOf(OrganisationMerges.PAIR_SIMILARITY))
			.query(String.class)
			.single();
		Timestamp now = Timestamp.from(this.history.clock().instant());
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			this.jdbc.sql(REFRESH).param("ids", batch.toArray(Long[]::new)).param("now", now).update();
		}
	}

	/** Leaves these organisations' pairs to the background job. */
	@Transactional
	public void queue(Collection<Long> organisationIds) {
		List<Long> ids = organisationIds.stream().distinct().toList();
		Timestamp now = Timestamp.from(this.history.clock().instant());
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			this.jdbc.sql("""
					insert into organisation_duplicate_pending (organisation_id, queued_at)
					select unnest(cast(:ids as bigint[])), :now on conflict do nothing""")
				.param("ids", batch.toArray(Long[]::new))
				.param("now", now)
				.update();
		}
	}

	/** Queues every organisation not merged: the pairs are all found again. */
	@Transactional
	public int queueAll() {
		return this.jdbc.sql("""
				insert into organisation_duplicate_pending (organisation_id, queued_at)
				select id, :now from organisation where merged_into_id is null on conflict do nothing""")
			.param("now", Timestamp.from(this.history.clock().instant()))
			.update();
	}

	/** How many organisations wait for the job to find their pairs: one count. */
	@Transactional(readOnly = true)
	public long pending() {
		return this.jdbc.sql("select count(*) from organisation_duplicate_pending").query(Long.class).single();
	}

	/**
	 * The weekly full rebuild: queues every organisation not merged, so that the job
	 * finds again the pairs that rules or data changed behind the portal's back (plain
	 * SQL, a restored backup) left stale.
	 */
	@Scheduled(cron = "${passerelle.organisation.duplicates.rebuild-cron:0 0 3 * * SUN}", zone = "Europe/Paris")
	@SchedulerLock(name = "organisation-duplicate-rebuild", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void rebuild() {
		logger.info("Probable duplicates: {} organisations queued to be compared again", queueAll());
	}

	/** The job: works through the queue, one transaction a batch. */
	@Scheduled(fixedDelayString = "${passerelle.organisation.duplicates.refresh-every:1m}",
			initialDelayString = "${passerelle.organisation.duplicates.first-refresh:1m}")
	@SchedulerLock(name = "organisation-duplicate-candidates", lockAtMostFor = "PT30M")
	void refreshQueued() {
		long started = System.nanoTime();
		int done = 0;
		while (true) {
			Integer count = this.transactions.execute((status) -> {
				List<Long> ids = this.jdbc.sql("""
						select organisation_id from organisation_duplicate_pending order by organisation_id
						limit :batch for update skip locked""").param("batch", BATCH).query(Long.class).list();
				if (!ids.isEmpty()) {
					refresh(ids);
					this.jdbc.sql("delete from organisation_duplicate_pending where organisation_id = any(:ids)")
						.param("ids", ids.toArray(Long[]::new))
						.update();
				}
				return ids.size();
			});
			if (count == null || count == 0) {
				break;
			}
			done += count;
		}
		if (done > 0) {
			logger.info("Probable duplicates of {} organisations found again in {} ms", done,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * What a merge does to the pairs: those of the merged organisation go, those of the
	 * kept one are found again (with the fields it now has); recorded by the merge's
	 * trace, so that {@link #restore} puts back those it deleted.
	 */
	void merged(MergeTrace trace, long keptId, long mergedId) {
		trace.around(List.of(new MergeTrace.Rows("organisation_duplicate_candidate", "first_id"),
				new MergeTrace.Rows("organisation_duplicate_candidate", "second_id")), () -> {
					refresh(List.of(keptId, mergedId));
					return 0;
				});
	}

	/**
	 * After a merge is undone: the pairs the merge deleted come back as they were (when
	 * first found included), then both organisations' pairs are found again.
	 */
	void restore(List<MergeTrace.Move> moves, long keptId, long mergedId) {
		List<String> deleted = new ArrayList<>();
		for (MergeTrace.Move move : moves) {
			if (move.change() == MergeTrace.Change.DELETED && move.before() != null) {
				deleted.add(move.before());
			}
		}
		for (String row : deleted) {
			this.jdbc.sql("""
					insert into organisation_duplicate_candidate (first_id, second_id, score, same_identifier, found_at)
					select first_id, second_id, score, same_identifier, found_at
					from jsonb_populate_record(null::organisation_duplicate_candidate, cast(:row as jsonb)) r
					where exists (select 1 from organisation where id = r.first_id)
					  and exists (select 1 from organisation where id = r.second_id)
					on conflict do nothing""").param("row", row).update();
		}
		refresh(List.of(keptId, mergedId));
	}

}
