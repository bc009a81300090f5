package org.passerelle.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts awaiting an administrator, for their home page: those locked now after
 * failed sign-ins (to unlock if the person asks), latest first.
 */
@Service
@Transactional(readOnly = true)
public class AccountsToWatch {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountsToWatch(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/** The accounts locked now, latest lock first, at most {@code limit}. */
	public List<LockedAccount> lockedNow(int limit) {
		return this.jdbc.sql("""
				select id, display_name, email, locked_until from account
				where active and locked_until > :now
				order by locked_until desc, id
				limit :limit
				""")
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("limit", limit)
			.query((rs, row) -> new LockedAccount(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
					rs.getTimestamp("locked_until").toInstant()))
			.list();
	}

	/**
	 * An account locked after failed sign-ins.
	 *
	 * @param id the account
	 * @param name the person's name
	 * @param email their address
	 * @param lockedUntil when it unlocks by itself
	 */
	public record LockedAccount(long id, String name, String email, Instant lockedUntil) {

	}

}
