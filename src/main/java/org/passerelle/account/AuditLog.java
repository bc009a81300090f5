package org.passerelle.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.PasserelleUser;

/**
 * The audit log of sign-ins and account changes (table {@code account_audit_entry}),
 * which administrators read. Entries are only ever added.
 */
@Service
@Transactional
public class AuditLog {

	private static final int MAX_EMAIL = 254;

	private static final int MAX_DETAIL = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/**
	 * Records what happened to an account (or to an e-mail typed at sign-in); the person
	 * signed in now, if another, is recorded as the one who did it.
	 */
	void record(AuditKind kind, @Nullable Long accountId, @Nullable String email, @Nullable String detail) {
		Long actor = currentAccountId();
		this.jdbc.sql("""
				insert into account_audit_entry (occurred_at, kind, account_id, email, actor_account_id, detail)
				values (?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(this.clock.instant()), kind.name(), accountId, truncate(email, MAX_EMAIL),
					(actor != null && !actor.equals(accountId)) ? actor : null, truncate(detail, MAX_DETAIL))
			.update();
	}

	/** The log, latest first. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> entries(Pageable pageable) {
		List<AuditEntry> content = this.jdbc.sql("""
				select e.occurred_at, e.kind, coalesce(a.email, e.email) as email, actor.email as actor_email, e.detail
				from account_audit_entry e
				left join account a on a.id = e.account_id
				left join account actor on actor.id = e.actor_account_id
				order by e.occurred_at desc, e.id desc
				limit ? offset ?""")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query((rs, row) -> new AuditEntry(rs.getTimestamp("occurred_at").toInstant(),
					AuditKind.valueOf(rs.getString("kind")), rs.getString("email"), rs.getString("actor_email"),
					rs.getString("detail")))
			.list();
		long total = this.jdbc.sql("select count(*) from account_audit_entry").query(Long.class).single();
		return new PageImpl<>(content, pageable, total);
	}

	@Nullable private static Long currentAccountId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PasserelleUser user) {
			return user.getAccountId();
		}
		return null;
	}

	@Nullable private static String truncate(@Nullable String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}
