package org.passerelle.stand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
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

import org.passerelle.event.Event;
import org.passerelle.event.Session;
import org.passerelle.shared.AuditedEntity;

/**
 * A stand a company applied for at an event, alone or shared: the lead company opens it,
 * invites others (up to the type's number of sharing companies), who join or say no; the
 * fee, fixed when the stand was applied for, is split between those who joined (see
 * {@link FeeSplit}). Staff accept it, giving it a number at each session, or decline it
 * with a reason; accepting a shared stand approves the sharing and the lead's delegation
 * to speak for the others. It refuses what its rules forbid with a
 * {@link StandRefusedException} and registers {@link StandAccepted} and
 * {@link StandDeclined}.
 */
@Entity
@Table(name = "stand")
public class Stand extends AuditedEntity {

	/** Longest stand number. */
	public static final int NUMBER_LENGTH = 20;

	/** Largest agreed share of one company. */
	public static final int MAX_SHARE = 1000;

	@Column(nullable = false)
	private long eventId;

	@Column(nullable = false)
	private long standTypeId;

	@Column(nullable = false)
	private long leadOrganisationId;

	@Column(nullable = false)
	private boolean shared;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private Split split = Split.EQUAL;

	@Column(nullable = false)
	private long priceCents;

	@Column(nullable = false, length = 3)
	private String currency;

	@Column(nullable = false)
	private int maxCompanies;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private StandStatus status = StandStatus.PENDING;

	@Column(length = 1000)
	@Nullable private String declineReason;

	@Column(length = 254)
	@Nullable private String decidedBy;

	@OneToMany(mappedBy = "stand", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@BatchSize(size = 100)
	private List<StandCompany> companies = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "stand_placement", joinColumns = @JoinColumn(name = "stand_id"))
	@BatchSize(size = 100)
	private List<StandPlacement> placements = new ArrayList<>();

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected Stand() {
		this.currency = "EUR";
	}

	/**
	 * The lead company applies for a stand of the type, alone or to share it.
	 * @throws StandRefusedException if it wants to share a type that is not shared
	 */
	public Stand(StandType type, long leadOrganisationId, boolean shared, String contactName, String contactEmail) {
		this();
		if (type.getId() == null) {
			throw new IllegalArgumentException("The stand type must be saved");
		}
		if (shared && !type.isShareable()) {
			throw new StandRefusedException("stand.refused.typeNotShared");
		}
		this.eventId = type.getEventId();
		this.standTypeId = type.getId();
		this.leadOrganisationId = leadOrganisationId;
		this.shared = shared;
		this.priceCents = type.getPrice().cents();
		this.currency = type.getPrice().currency();
		this.maxCompanies = shared ? type.getMaxCompanies() : 1;
		StandCompany lead = new StandCompany(this, leadOrganisationId, 0);
		lead.join(contactName, contactEmail);
		this.companies.add(lead);
	}

	// What the lead company does

	/**
	 * The lead invites another company to share the stand; a company that said no may be
	 * invited again.
	 * @throws StandRefusedException if the stand is decided, not shared, already has as
	 * many companies as it may, or the company is on it already
	 */
	public void invite(long organisationId) {
		requirePending();
		if (!this.shared) {
			throw new StandRefusedException("stand.refused.notShared");
		}
		Optional<StandCompany> present = company(organisationId);
		if (present.isPresent() && present.get().getStatus() != MembershipStatus.REFUSED) {
			throw new StandRefusedException("stand.refused.alreadyOnStand");
		}
		if (activeCompanies() >= this.maxCompanies) {
			throw new StandRefusedException("stand.refused.full");
		}
		if (present.isPresent()) {
			present.get().inviteAgain();
		}
		else {
			int position = this.companies.stream().mapToInt(StandCompany::getPosition).max().orElse(0) + 1;
			this.companies.add(new StandCompany(this, organisationId, position));
		}
	}

	/**
	 * The lead chooses how the fee is split; by shares, every company invited or joined
	 * gets one (from 1 to {@value #MAX_SHARE}).
	 * @throws StandRefusedException if the stand is decided, or a share is missing or out
	 * of bounds
	 */
	public void changeSplit(Split split, Map<Long, Integer> shares) {
		requirePending();
		if (split == Split.SHARES) {
			for (StandCompany company : this.companies) {
				if (company.getStatus() == MembershipStatus.REFUSED) {
					continue;
				}
				Integer share = shares.get(company.getOrganisationId());
				if (share == null || share < 1 || share > MAX_SHARE) {
					throw new StandRefusedException("stand.refused.share");
				}
			}
			this.companies.stream()
				.filter((company) -> shares.containsKey(company.getOrganisationId()))
				.forEach((company) -> company.setShare(shares.get(company.getOrganisationId())));
		}
		this.split = split;
	}

	/**
	 * The lead withdraws the application.
	 * @throws StandRefusedException if the stand is decided
	 */
	public void withdraw() {
		requirePending();
		this.status = StandStatus.WITHDRAWN;
	}

	// What an invited company does

	/**
	 * An invited company joins the stand.
	 * @throws StandRefusedException if the stand is decided or the company is not invited
	 */
	public void join(long organisationId, String contactName, String contactEmail) {
		requirePending();
		invited(organisationId).join(contactName, contactEmail);
	}

	/**
	 * An invited company says no.
	 * @throws StandRefusedException if the stand is decided or the company is not invited
	 */
	public void refuseInvitation(long organisationId) {
		requirePending();
		invited(organisationId).refuse();
	}

	// What staff do

	/**
	 * Staff accept the stand, giving it a number at every session of its event; for a
	 * shared stand this approves the sharing and the lead's delegation.
	 * @param numbers the stand number by session id
	 * @throws StandRefusedException if the stand is decided, an invitation is still
	 * unanswered, or a session has no number or a too long one
	 */
	public void accept(Event event, StandType type, Map<Long, String> numbers, String actor) {
		requirePending();
		requireOwn(event, type);
		if (this.companies.stream().anyMatch(StandCompany::isInvited)) {
			throw new StandRefusedException("stand.refused.invitationsPending");
		}
		List<StandPlacement> given = new ArrayList<>();
		List<StandAccepted.Place> places = new ArrayList<>();
		for (Session session : event.getSessions()) {
			String number = numbers.get(session.getId());
			if (number == null || number.isBlank()) {
				throw new StandRefusedException("stand.refused.numberMissing");
			}
			if (number.strip().length() > NUMBER_LENGTH) {
				throw new StandRefusedException("stand.refused.numberTooLong");
			}
			given.add(new StandPlacement(session.getId(), number.strip()));
			places
				.add(new StandAccepted.Place(session.getDay(), session.getCity(), session.getVenue(), number.strip()));
		}
		if (given.isEmpty()) {
			throw new StandRefusedException("stand.refused.noSession");
		}
		this.placements.clear();
		this.placements.addAll(given);
		this.status = StandStatus.ACCEPTED;
		this.decidedBy = actor;
		this.events
			.add(new StandAccepted(idOrZero(), this.eventId, event.title(Locale.FRENCH), event.title(Locale.ENGLISH),
					type.name(Locale.FRENCH), type.name(Locale.ENGLISH), places, payers(), actor));
	}

	/**
	 * Staff decline the stand, saying why.
	 * @throws StandRefusedException if the stand is decided or the reason is blank
	 */
	public void decline(Event event, String reason, String actor) {
		if (reason == null || reason.isBlank()) {
			throw new StandRefusedException("stand.refused.reasonRequired");
		}
		requirePending();
		if (event.getId() == null || event.getId() != this.eventId) {
			throw new IllegalArgumentException("Not this stand's event");
		}
		this.status = StandStatus.DECLINED;
		this.declineReason = reason.strip();
		this.decidedBy = actor;
		this.events.add(new StandDeclined(idOrZero(), this.eventId, event.title(Locale.FRENCH),
				event.title(Locale.ENGLISH), this.declineReason, payers()));
	}

	// What everyone reads

	/**
	 * What each company that joined pays, the lead first: the price split by
	 * {@link FeeSplit}, equally or by the agreed shares.
	 */
	public List<Payment> payments() {
		List<StandCompany> paying = this.companies.stream().filter(StandCompany::isJoined).toList();
		int[] shares = paying.stream().mapToInt((c) -> (this.split == Split.EQUAL) ? 1 : c.getShare()).toArray();
		long[] amounts = FeeSplit.split(this.priceCents, shares);
		List<Payment> payments = new ArrayList<>();
		for (int i = 0; i < paying.size(); i++) {
			payments.add(new Payment(paying.get(i), new Money(amounts[i], this.currency)));
		}
		return payments;
	}

	private List<StandAccepted.Payer> payers() {
		return payments().stream()
			.map((payment) -> new StandAccepted.Payer(payment.company().getOrganisationId(),
					String.valueOf(payment.company().getContactName()),
					String.valueOf(payment.company().getContactEmail()), payment.amount()))
			.toList();
	}

	/** A company that joined the stand and what it pays. */
	public record Payment(StandCompany company, Money amount) {

	}

	private void requirePending() {
		if (this.status != StandStatus.PENDING) {
			throw new StandRefusedException("stand.refused.decided");
		}
	}

	private void requireOwn(Event event, StandType type) {
		if (event.getId() == null || event.getId() != this.eventId || type.getId() == null
				|| type.getId() != this.standTypeId) {
			throw new IllegalArgumentException("Not this stand's event or type");
		}
	}

	private StandCompany invited(long organisationId) {
		return company(organisationId).filter(StandCompany::isInvited)
			.orElseThrow(() -> new StandRefusedException("stand.refused.notInvited"));
	}

	private long activeCompanies() {
		return this.companies.stream().filter((c) -> c.getStatus() != MembershipStatus.REFUSED).count();
	}

	public Optional<StandCompany> company(long organisationId) {
		return this.companies.stream().filter((c) -> c.getOrganisationId() == organisationId).findFirst();
	}

	/** Whether the organisation is on the stand: the lead, joined, or invited. */
	public boolean involves(@Nullable Long organisationId) {
		return organisationId != null
				&& company(organisationId).filter((c) -> c.getStatus() != MembershipStatus.REFUSED).isPresent();
	}

	/** Whether more companies may still be invited. */
	public boolean hasRoom() {
		return this.shared && this.status == StandStatus.PENDING && activeCompanies() < this.maxCompanies;
	}

	private long idOrZero() {
		return (getId() != null) ? getId() : 0;
	}

	/** The events registered since the stand was last saved. */
	@DomainEvents
	List<Object> domainEvents() {
		return List.copyOf(this.events);
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		this.events.clear();
	}

	public long getEventId() {
		return this.eventId;
	}

	public long getStandTypeId() {
		return this.standTypeId;
	}

	public long getLeadOrganisationId() {
		return this.leadOrganisationId;
	}

	public boolean isShared() {
		return this.shared;
	}

	public Split getSplit() {
		return this.split;
	}

	public Money getPrice() {
		return new Money(this.priceCents, this.currency);
	}

	public int getMaxCompanies() {
		return this.maxCompanies;
	}

	public StandStatus getStatus() {
		return this.status;
	}

	@Nullable public String getDeclineReason() {
		return this.declineReason;
	}

	@Nullable public String getDecidedBy() {
		return this.decidedBy;
	}

	public List<StandCompany> getCompanies() {
		return Collections.unmodifiableList(this.companies);
	}

	public List<StandPlacement> getPlacements() {
		return Collections.unmodifiableList(this.placements);
	}

	/** The stand's number at the session, if it has one. */
	@Nullable public String numberAt(long sessionId) {
		return this.placements.stream()
			.filter((p) -> p.getSessionId() == sessionId)
			.map(StandPlacement::getNumber)
			.findFirst()
			.orElse(null);
	}

}
