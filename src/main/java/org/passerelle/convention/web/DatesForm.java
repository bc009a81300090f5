package org.passerelle.convention.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionDates;
import org.passerelle.convention.Signatory;

/**
 * Step 3 of a convention: its dates, renewal and signatories.
 */
class DatesForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable private LocalDate signedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable private LocalDate endsOn;

	private boolean openEnded;

	private boolean tacitRenewal;

	@Min(0)
	@Max(36)
	@Nullable private Integer noticeMonths;

	@Valid
	private List<SignatoryForm> signatories = new ArrayList<>();

	private long version;

	@Nullable public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(@Nullable LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	@Nullable public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	@Nullable public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public boolean isOpenEnded() {
		return this.openEnded;
	}

	public void setOpenEnded(boolean openEnded) {
		this.openEnded = openEnded;
	}

	public boolean isTacitRenewal() {
		return this.tacitRenewal;
	}

	public void setTacitRenewal(boolean tacitRenewal) {
		this.tacitRenewal = tacitRenewal;
	}

	@Nullable public Integer getNoticeMonths() {
		return this.noticeMonths;
	}

	public void setNoticeMonths(@Nullable Integer noticeMonths) {
		this.noticeMonths = noticeMonths;
	}

	public List<SignatoryForm> getSignatories() {
		return this.signatories;
	}

	public void setSignatories(List<SignatoryForm> signatories) {
		this.signatories = signatories;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/** Rows offered for signatories: those already recorded and a few blank ones. */
	static final int BLANK_SIGNATORY_ROWS = 2;

	static DatesForm of(Convention convention) {
		DatesForm form = new DatesForm();
		form.signedOn = convention.getSignedOn();
		form.startsOn = convention.getStartsOn();
		form.endsOn = convention.getEndsOn();
		form.openEnded = convention.isOpenEnded();
		form.tacitRenewal = convention.isTacitRenewal();
		form.noticeMonths = convention.getNoticeMonths();
		for (Signatory signatory : convention.getSignatories()) {
			SignatoryForm row = new SignatoryForm();
			row.setName(signatory.getName());
			row.setFunction(signatory.getFunction());
			row.setOrganisationId(signatory.getOrganisationId());
			row.setSignedOn(signatory.getSignedOn());
			form.signatories.add(row);
		}
		form.version = convention.getVersion();
		form.addBlankRows();
		return form;
	}

	void addBlankRows() {
		long blank = this.signatories.stream().filter(SignatoryForm::isBlank).count();
		for (long i = blank; i < BLANK_SIGNATORY_ROWS; i++) {
			this.signatories.add(new SignatoryForm());
		}
	}

	ConventionDates toDates() {
		return new ConventionDates(this.signedOn, this.startsOn, this.endsOn, this.openEnded, this.tacitRenewal,
				this.noticeMonths);
	}

	List<Signatory> toSignatories() {
		return this.signatories.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new Signatory(String.valueOf(row.getName()), String.valueOf(row.getFunction()),
					row.getOrganisationId(), row.getSignedOn()))
			.toList();
	}

}
