package org.passerelle.thirdplace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import org.passerelle.convention.HostingUnderConvention;
import org.passerelle.shared.AuditedEntity;

/**
 * A partner organisation's request to be hosted at a site (or at any site): desks or an
 * office, from a day to a day or open-ended. It guards its own lifecycle (see
 * {@link HostingStatus}) and registers what happened to it.
 */
@Entity
@Table(name = "thirdplace_hosting_request")
public class HostingRequest extends AuditedEntity {

	@Column(nullable = false)
	private long organisationId;

	@Nullable private Long siteId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private HostingKind kind = HostingKind.DESKS;

	@Column(nullable = false)
	private int people;

	@Column(nullable = false)
	private LocalDate startsOn;

	@Nullable private LocalDate endsOn;

	@Column(nullable = false, length = 2000)
	private String purpose;

	@Column(nullable = false, length = 200)
	private String contactName;

	@Column(nullable = false, length = 254)
	private String contactEmail;

	@Nullable private Long conventionId;

	@Column(length = 2)
	@Nullable private String language;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 15)
	private HostingStatus status = HostingStatus.SUBMITTED;

	@Column(length = 1000)
	@Nullable private String declineReason;

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	@BatchSize(size = 100)
	private List<Allocation> allocations = new ArrayList<>();

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected HostingRequest() {
		this.startsOn = LocalDate.EPOCH;
		this.purpose = "";
		this.contactName = "";
		this.contactEmail = "";
	}

	/**
	 * A new request, submitted.
	 * @throws HostingRuleException if the last day comes before the first or nobody is to
	 * be hosted
	 */
	public HostingRequest(long organisationId, HostingNeed need, String actor) {
		this();
		if (need.people() <= 0) {
			throw new HostingRuleException("hosting.people.positive");
		}
		if (need.endsOn() != null && need.endsOn().isBefore(need.startsOn())) {
			throw new HostingRuleException("hosting.dates.order");
		}
		this.organisationId = organisationId;
		this.siteId = need.siteId();
		this.kind = need.kind();
		this.people = need.people();
		this.startsOn = need.startsOn();
		this.endsOn = need.endsOn();
		this.purpose = need.purpose().strip();
		this.contactName = need.contactName().strip();
		this.contactEmail = need.contactEmail().strip();
		this.conventionId = need.conventionId();
		this.events.add(new HostingStatusChanged(0, organisationId, null, HostingStatus.SUBMITTED, actor));
	}

	/**
	 * Records the language of the page the request was made on: the contact's mail is in
	 * it when they have no account.
	 */
	void madeIn(Locale locale) {
		this.language = "en".equals(locale.getLanguage()) ? "en" : "fr";
	}

	/**
	 * The language of the contact's mail when they have no account (French if unknown).
	 */
	public Locale getLanguage() {
		return "en".equals(this.language) ? Locale.ENGLISH : Locale.FRENCH;
	}

	/** Staff take the request up. */
	public void review(String actor) {
		moveTo(HostingStatus.UNDER_REVIEW, actor, HostingStatus.SUBMITTED);
	}

	/**
	 * Staff approve the request at a site, holding the given space: a whole office, or as
	 * many desks as people in a desk area. The database refuses the allocation if the
	 * office is taken or the area has too few desks on one of the days.
	 * @throws HostingRuleException if the request is not waiting for a decision, the site
	 * is not the one asked for, or the space is not of the kind asked for or too small
	 */
	public void approve(Site site, Space space, String actor) {
		requireStatus(HostingStatus.SUBMITTED, HostingStatus.UNDER_REVIEW);
		if (this.siteId != null && !this.siteId.equals(site.getId())) {
			throw new HostingRuleException("hosting.approve.otherSite");
		}
		if (site.getStatus() != SiteStatus.OPEN) {
			throw new HostingRuleException("hosting.approve.siteNotOpen");
		}
		if (space.getKind() != this.kind.spaceKind() || !site.getSpaces().contains(space)) {
			throw new HostingRuleException("hosting.approve.wrongSpace");
		}
		if (this.people > space.getCapacity()) {
			throw new HostingRuleException("hosting.approve.tooSmall");
		}
		this.siteId = site.getId();
		this.allocations.add(new Allocation(this, space.getId(), (this.kind == HostingKind.DESKS) ? this.people : null,
				this.startsOn, this.endsOn));
		HostingStatus from = this.status;
		this.status = HostingStatus.APPROVED;
		this.events.add(new HostingStatusChanged(idOrZero(), this.organisationId, from, HostingStatus.APPROVED, actor));
		this.events
			.add(new HostingApproved(idOrZero(), this.organisationId, site.getId(), site.getName(), this.conventionId,
					this.startsOn, this.endsOn, actor, this.contactName, this.contactEmail, getLanguage()));
		if (this.conventionId != null) {
			this.events.add(new HostingUnderConvention(this.conventionId, this.organisationId, site.getName(),
					this.startsOn, this.endsOn, actor));
		}
	}

	/**
	 * Staff decline the request, saying why.
	 * @throws HostingRuleException if the request is not waiting for a decision or the
	 * reason is blank
	 */
	public void decline(String reason, String actor) {
		if (reason == null || reason.isBlank()) {
			throw new HostingRuleException("hosting.decline.reasonRequired");
		}
		moveTo(HostingStatus.DECLINED, actor, HostingStatus.SUBMITTED, HostingStatus.UNDER_REVIEW);
		this.declineReason = reason.strip();
		this.events.add(new HostingDeclined(idOrZero(), this.organisationId, this.declineReason, this.contactName,
				this.contactEmail, getLanguage()));
	}

	/**
	 * The hosted team has moved in.
	 * @throws HostingRuleException if the request is not approved or its first day has
	 * not come
	 */
	public void activate(LocalDate today, String actor) {
		if (today.isBefore(this.startsOn)) {
			throw new HostingRuleException("hosting.activate.tooEarly");
		}
		moveTo(HostingStatus.ACTIVE, actor, HostingStatus.APPROVED);
	}

	/**
	 * The hosting ends on the given day (its last day): the spaces are free from the day
	 * after.
	 * @throws HostingRuleException if the request is not active, or the day is before its
	 * first day or after its last
	 */
	public void end(LocalDate lastDay, String actor) {
		requireStatus(HostingStatus.ACTIVE);
		if (lastDay.isBefore(this.startsOn) || (this.endsOn != null && lastDay.isAfter(this.endsOn))) {
			throw new HostingRuleException("hosting.end.outside");
		}
		this.endsOn = lastDay;
		this.allocations.forEach((allocation) -> allocation.endOn(lastDay));
		moveTo(HostingStatus.ENDED, actor, HostingStatus.ACTIVE);
	}

	/**
	 * The requester withdraws the request; an approved request gives its spaces back.
	 * @throws HostingRuleException if the request is active or decided already
	 */
	public void withdraw(String actor) {
		if (!this.status.canBeWithdrawn()) {
			throw new HostingRuleException("hosting.withdraw.notAllowed");
		}
		this.allocations.clear();
		moveTo(HostingStatus.WITHDRAWN, actor, this.status);
	}

	private void moveTo(HostingStatus target, String actor, HostingStatus... allowed) {
		requireStatus(allowed);
		HostingStatus from = this.status;
		this.status = target;
		this.events.add(new HostingStatusChanged(idOrZero(), this.organisationId, from, target, actor));
	}

	private void requireStatus(HostingStatus... allowed) {
		for (HostingStatus status : allowed) {
			if (this.status == status) {
				return;
			}
		}
		throw new HostingRuleException("hosting.transition.notAllowed");
	}

	private long idOrZero() {
		return (getId() != null) ? getId() : 0;
	}

	/** The events registered since the request was last saved. */
	@DomainEvents
	List<Object> domainEvents() {
		return List.copyOf(this.events);
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		this.events.clear();
	}

	/** Whether the request covers the given day. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(this.startsOn) && (this.endsOn == null || !day.isAfter(this.endsOn));
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	@Nullable public Long getSiteId() {
		return this.siteId;
	}

	public HostingKind getKind() {
		return this.kind;
	}

	public int getPeople() {
		return this.people;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	@Nullable public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	@Nullable public Long getConventionId() {
		return this.conventionId;
	}

	public HostingStatus getStatus() {
		return this.status;
	}

	@Nullable public String getDeclineReason() {
		return this.declineReason;
	}

	public List<Allocation> getAllocations() {
		return Collections.unmodifiableList(this.allocations);
	}

}
