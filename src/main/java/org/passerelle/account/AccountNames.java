package org.passerelle.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.PeopleNames;

/** People's display names by e-mail, in one query. */
@Component
@Transactional(readOnly = true)
class AccountNames implements PeopleNames {

	private final JdbcClient jdbc;

	AccountNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, String> byEmail(Collection<String> emails) {
		Map<String, String> names = new HashMap<>();
		if (emails.isEmpty()) {
			return names;
		}
		this.jdbc.sql("select email, display_name from account where email in (:emails)")
			.param("emails", emails.stream().map((email) -> email.toLowerCase(java.util.Locale.ROOT)).toList())
			.query((rs, row) -> names.put(rs.getString("email"), rs.getString("display_name")))
			.list();
		return names;
	}

}
