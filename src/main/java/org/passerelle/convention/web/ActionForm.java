package org.passerelle.convention.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import org.passerelle.convention.Action;
import org.passerelle.convention.ActionDetails;
import org.passerelle.convention.ActionStatus;

/**
 * A follow-up action: what, who carries it, when it is due, how far it has gone.
 */
class ActionForm {

	@NotBlank
	@Size(max = 500)
	private String what = "";

	@Size(max = 200)
	@Nullable private String owner;

	@Nullable private Long ownerAccountId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable private LocalDate dueOn;

	@NotNull
	private ActionStatus status = ActionStatus.PLANNED;

	@Size(max = 4000)
	@Nullable private String progressNotes;

	private long version;

	public String getWhat() {
		return this.what;
	}

	public void setWhat(String what) {
		this.what = what;
	}

	@Nullable public String getOwner() {
		return this.owner;
	}

	public void setOwner(@Nullable String owner) {
		this.owner = owner;
	}

	@Nullable public Long getOwnerAccountId() {
		return this.ownerAccountId;
	}

	public void setOwnerAccountId(@Nullable Long ownerAccountId) {
		this.ownerAccountId = ownerAccountId;
	}

	@Nullable public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(@Nullable LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public void setStatus(ActionStatus status) {
		this.status = status;
	}

	@Nullable public String getProgressNotes() {
		return this.progressNotes;
	}

	public void setProgressNotes(@Nullable String progressNotes) {
		this.progressNotes = progressNotes;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	static ActionForm of(Action action) {
		ActionForm form = new ActionForm();
		form.what = action.getWhat();
		form.ownerAccountId = action.getOwnerAccountId();
		form.owner = (action.getOwnerAccountId() != null) ? null : action.getOwner();
		form.dueOn = action.getDueOn();
		form.status = action.getStatus();
		form.progressNotes = action.getProgressNotes();
		form.version = action.getVersion();
		return form;
	}

	ActionDetails toDetails() {
		return new ActionDetails(this.what, this.owner, this.dueOn,
				(this.status != null) ? this.status : ActionStatus.PLANNED, this.progressNotes, this.ownerAccountId);
	}

}
