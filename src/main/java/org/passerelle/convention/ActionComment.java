package org.passerelle.convention;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A remark on an action by someone of a party, liaisons included. Comments are never
 * edited.
 */
@Entity
@Table(name = "convention_action_comment")
public class ActionComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_id")
	private Action action;

	@Column(nullable = false)
	private long authorAccountId;

	@Column(nullable = false, length = 120)
	private String authorName;

	@Nullable private Long authorOrganisationId;

	@Column(nullable = false, length = 2000)
	private String body;

	@Column(nullable = false)
	private Instant createdAt;

	@SuppressWarnings("NullAway.Init")
	protected ActionComment() {
		this.authorName = "";
		this.body = "";
		this.createdAt = Instant.EPOCH;
	}

	ActionComment(Action action, long authorAccountId, String authorName, @Nullable Long authorOrganisationId,
			String body, Instant createdAt) {
		this.action = action;
		this.authorAccountId = authorAccountId;
		this.authorName = authorName;
		this.authorOrganisationId = authorOrganisationId;
		this.body = body.strip();
		this.createdAt = createdAt;
	}

	@Nullable public Long getId() {
		return this.id;
	}

	public long getAuthorAccountId() {
		return this.authorAccountId;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	@Nullable public Long getAuthorOrganisationId() {
		return this.authorOrganisationId;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** When, on the offices' clock (Paris time). */
	public LocalDateTime localTime() {
		return LocalDateTime.ofInstant(this.createdAt, ZoneId.of("Europe/Paris"));
	}

}
