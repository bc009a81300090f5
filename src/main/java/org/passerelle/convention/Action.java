package org.passerelle.convention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.passerelle.shared.AuditedEntity;

/**
 * Something a convention produces along one of its axes: internships offered, a training
 * run, a joint research project, an awareness session...
 */
@Entity
@Table(name = "convention_action")
public class Action extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "axis_id")
	private Axis axis;

	@Column(nullable = false, length = 500)
	private String what;

	@Column(length = 200)
	@Nullable private String owner;

	@Nullable private Long ownerAccountId;

	@Nullable private LocalDate remindedFor;

	@Nullable private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private ActionStatus status = ActionStatus.PLANNED;

	@Column(length = 4000)
	@Nullable private String progressNotes;

	@OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("createdAt, id")
	@BatchSize(size = 100)
	private List<ActionComment> comments = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected Action() {
		this.what = "";
	}

	Action(Axis axis, ActionDetails details) {
		this.axis = axis;
		this.what = "";
		change(details);
	}

	void change(ActionDetails details) {
		this.what = details.what().strip();
		this.owner = Convention.blankToNull(details.owner());
		this.ownerAccountId = details.ownerAccountId();
		this.dueOn = details.dueOn();
		this.status = details.status();
		this.progressNotes = Convention.blankToNull(details.progressNotes());
	}

	/**
	 * Registers that the owner was reminded of the current due date.
	 * @return the event that tells them
	 * @throws IllegalStateException if nobody of the portal carries it, or it has no due
	 * date, or that date was already reminded
	 */
	ActionDueSoon remind() {
		if (this.ownerAccountId == null || this.dueOn == null || this.dueOn.equals(this.remindedFor)) {
			throw new IllegalStateException("Nothing to remind");
		}
		this.remindedFor = this.dueOn;
		Convention convention = this.axis.getConvention();
		return new ActionDueSoon(getId(), this.what, this.dueOn, this.ownerAccountId, convention.getId(),
				convention.getTitle());
	}

	ActionComment comment(ActionComment comment) {
		this.comments.add(comment);
		return comment;
	}

	public Axis getAxis() {
		return this.axis;
	}

	public String getWhat() {
		return this.what;
	}

	@Nullable public String getOwner() {
		return this.owner;
	}

	@Nullable public Long getOwnerAccountId() {
		return this.ownerAccountId;
	}

	@Nullable public LocalDate getDueOn() {
		return this.dueOn;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	@Nullable public String getProgressNotes() {
		return this.progressNotes;
	}

	public List<ActionComment> getComments() {
		return this.comments;
	}

	public ActionDetails details() {
		return new ActionDetails(this.what, this.owner, this.dueOn, this.status, this.progressNotes,
				this.ownerAccountId);
	}

}
