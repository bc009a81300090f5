package org.passerelle.account.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.passerelle.account.AuditEntry;
import org.passerelle.account.AuditKind;
import org.passerelle.account.AuditLog;

/**
 * The audit log of sign-ins and account changes, latest first. Reached only by
 * administrators (see the security configuration).
 */
@Controller
class AdminAuditController {

	/** The portal's people are in France: times are shown in Paris time. */
	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final AuditLog audit;

	AdminAuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@PageableDefault(size = 50) Pageable pageable, Model model) {
		Page<Row> page = this.audit.entries(pageable).map(Row::of);
		model.addAttribute("page", page);
		return "admin/audit";
	}

	record Row(ZonedDateTime occurredAt, AuditKind kind, @Nullable String email, @Nullable String actorEmail,
			@Nullable String detail) {

		static Row of(AuditEntry entry) {
			return new Row(entry.occurredAt().atZone(PARIS), entry.kind(), entry.email(), entry.actorEmail(),
					entry.detail());
		}

	}

}
