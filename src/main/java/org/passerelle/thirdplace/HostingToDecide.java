package org.passerelle.thirdplace;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.KeptPerKey;

/**
 * The hosting requests awaiting an institution's decision (at its sites, or at no site in
 * particular), for its staff's home page. One statement, whatever the number of requests,
 * kept per institution until the portal writes anything, a minute at most (issue 13: the
 * staff home's second slowest statement, 0.8 ms on the large dataset).
 */
@Service
@Transactional(readOnly = true)
public class HostingToDecide {

	private final JdbcClient jdbc;

	private final KeptPerKey<Key, List<Waiting>> kept = new KeptPerKey<>(Duration.ofMinutes(1));

	HostingToDecide(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Submitted or under review, oldest first. */
	public List<Waiting> of(long institutionId, int limit) {
		return this.kept.get(new Key(institutionId, limit), () -> List.copyOf(read(institutionId, limit)));
	}

	private List<Waiting> read(long institutionId, int limit) {
		return this.jdbc.sql("""
				select r.id, o.name as organisation, r.people, r.starts_on, r.status, site.name as site
				from thirdplace_hosting_request r
				join organisation o on o.id = r.organisation_id
				left join thirdplace_site site on site.id = r.site_id
				where r.status in ('SUBMITTED', 'UNDER_REVIEW')
				  and (site.institution_id = :institution or r.site_id is null)
				order by r.id
				limit :limit
				""")
			.param("institution", institutionId)
			.param("limit", limit)
			.query((rs, row) -> new Waiting(rs.getLong("id"), rs.getString("organisation"), rs.getInt("people"),
					rs.getObject("starts_on", LocalDate.class), HostingStatus.valueOf(rs.getString("status")),
					rs.getString("site")))
			.list();
	}

	private record Key(long institutionId, int limit) {
	}

	/**
	 * A request waiting for a decision.
	 *
	 * @param requestId the request
	 * @param organisation who asks
	 * @param people how many people
	 * @param startsOn from when
	 * @param status submitted or under review
	 * @param site the site asked for, or {@code null} for any
	 */
	public record Waiting(long requestId, String organisation, int people, LocalDate startsOn, HostingStatus status,
			@Nullable String site) {

	}

}
