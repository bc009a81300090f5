package org.passerelle.convention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import org.passerelle.shared.AuditedEntity;
import org.passerelle.shared.NotFoundException;

/**
 * A partnership convention: a framework agreement between one or more institutions and
 * one or more partner organisations, organised in pillars, each with its axes and their
 * follow-up actions. Its status moves along {@link ConventionStatus#next()}; a renewal
 * draws up a new edition linked to this one.
 */
@Entity
@Table(name = "convention")
public class Convention extends AuditedEntity {

	@Column(nullable = false, length = 250)
	private String title;

	@Column(nullable = false, length = 60)
	private String reference;

	@Column(nullable = false)
	private int edition = 1;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private ConventionStatus status = ConventionStatus.DRAFT;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private Confidentiality confidentiality = Confidentiality.INTERNAL;

	@Column(length = 4000)
	@Nullable private String summary;

	@Column(nullable = false)
	private long ownerOrganisationId;

	@Nullable private LocalDate signedOn;

	@Nullable private LocalDate startsOn;

	@Nullable private LocalDate endsOn;

	@Column(nullable = false)
	private boolean openEnded;

	@Column(nullable = false)
	private boolean tacitRenewal;

	@Nullable private Integer noticeMonths;

	@Nullable private LocalDate watchOn;

	@Nullable private LocalDate renewalNoticeFor;

	@Nullable private LocalDate terminatedOn;

	@Column(length = 1000)
	@Nullable private String terminationReason;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "previous_id")
	@Nullable private Convention previous;

	@ElementCollection
	@CollectionTable(name = "convention_party", joinColumns = @JoinColumn(name = "convention_id"))
	@BatchSize(size = 100)
	private Set<Party> parties = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "convention_signatory", joinColumns = @JoinColumn(name = "convention_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<Signatory> signatories = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "convention_pillar", joinColumns = @JoinColumn(name = "convention_id"),
			inverseJoinColumns = @JoinColumn(name = "pillar_id"))
	@BatchSize(size = 100)
	private Set<Pillar> pillars = new LinkedHashSet<>();

	@OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	@BatchSize(size = 100)
	private List<Axis> axes = new ArrayList<>();

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected Convention() {
		this.title = "";
		this.reference = "";
	}

	Convention(String title, String reference, Confidentiality confidentiality, @Nullable String summary,
			long ownerOrganisationId) {
		this.title = title.strip();
		this.reference = reference.strip();
		this.confidentiality = confidentiality;
		this.summary = blankToNull(summary);
		this.ownerOrganisationId = ownerOrganisationId;
		this.parties.add(new Party(ownerOrganisationId, PartyRole.INSTITUTION));
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	// Changes, each called by ConventionService; each registers what changed, which the
	// history writes when the convention is saved

	/** Registers the creation once the new convention has its id. */
	void created(String actor) {
		changed(HistoryKind.CREATED, actor, this.title);
	}

	void changeGeneral(String title, String reference, Confidentiality confidentiality, @Nullable String summary,
			String actor) {
		this.title = title.strip();
		this.reference = reference.strip();
		this.confidentiality = confidentiality;
		this.summary = blankToNull(summary);
		changed(HistoryKind.GENERAL_CHANGED, actor, null);
	}

	/**
	 * @throws IllegalArgumentException if the owning institution is not among the
	 * institutions
	 */
	void changeParties(Collection<Long> institutionIds, Collection<Long> partnerIds, String actor) {
		if (!institutionIds.contains(this.ownerOrganisationId)) {
			throw new IllegalArgumentException("The owning institution stays a party");
		}
		this.parties.clear();
		institutionIds.forEach((id) -> this.parties.add(new Party(id, PartyRole.INSTITUTION)));
		partnerIds.forEach((id) -> this.parties.add(new Party(id, PartyRole.PARTNER)));
		changed(HistoryKind.PARTIES_CHANGED, actor, null);
	}

	/**
	 * @throws IllegalArgumentException if a signatory is not of a party, or if a signed
	 * convention would lose its date of signature, start or end
	 */
	void changeDates(ConventionDates dates, List<Signatory> signatories, String actor) {
		if (signatories.stream().anyMatch((signatory) -> !isParty(signatory.getOrganisationId()))) {
			throw new IllegalArgumentException("Signatories sign for a party");
		}
		if (this.status.compareTo(ConventionStatus.SIGNED) >= 0 && (dates.signedOn() == null || dates.startsOn() == null
				|| (dates.endsOn() == null && !dates.openEnded()))) {
			throw new IllegalArgumentException("A signed convention keeps its dates");
		}
		this.signedOn = dates.signedOn();
		this.startsOn = dates.startsOn();
		this.openEnded = dates.openEnded();
		this.endsOn = dates.openEnded() ? null : dates.endsOn();
		this.tacitRenewal = dates.tacitRenewal() && this.endsOn != null;
		this.noticeMonths = this.tacitRenewal ? dates.noticeMonths() : null;
		this.signatories.clear();
		this.signatories.addAll(signatories);
		this.watchOn = computeWatchOn();
		changed(HistoryKind.DATES_CHANGED, actor, null);
	}

	private @Nullable LocalDate computeWatchOn() {
		if (this.endsOn == null) {
			return null;
		}
		if (this.tacitRenewal && this.noticeMonths != null) {
			return this.endsOn.minusMonths(this.noticeMonths);
		}
		return this.endsOn;
	}

	/**
	 * Keeps the axes of the pillars still chosen and gives new ones their first axis.
	 * @param firstAxes the first axis of each newly chosen pillar, by pillar
	 * @throws IllegalArgumentException if a retired pillar is newly chosen
	 */
	void changePillars(Collection<Pillar> chosen, Map<Pillar, AxisDetails> firstAxes, String actor) {
		if (chosen.stream().anyMatch((pillar) -> pillar.isRetired() && !this.pillars.contains(pillar))) {
			throw new IllegalArgumentException("Retired pillars are offered no more");
		}
		this.pillars.retainAll(chosen);
		this.pillars.addAll(chosen);
		this.axes.removeIf((axis) -> !this.pillars.contains(axis.getPillar()));
		firstAxes.forEach((pillar, axis) -> {
			if (this.pillars.contains(pillar) && axesOf(pillar).isEmpty()) {
				addAxis(pillar, axis.statement(), axis.objectives());
			}
		});
		changed(HistoryKind.PILLARS_CHANGED, actor,
				this.pillars.stream()
					.map((pillar) -> pillar.getNameFr() + " / " + pillar.getNameEn())
					.collect(Collectors.joining(", ")));
	}

	/**
	 * @throws IllegalArgumentException if the pillar is retired and not already chosen
	 */
	Axis addAxis(Pillar pillar, String statement, @Nullable String objectives) {
		if (pillar.isRetired() && !this.pillars.contains(pillar)) {
			throw new IllegalArgumentException("Retired pillars are offered no more");
		}
		this.pillars.add(pillar);
		Axis axis = new Axis(this, pillar, statement, objectives);
		this.axes.add(axis);
		return axis;
	}

	/** Adds an axis under a pillar, which the convention takes if it has not yet. */
	Axis addAxis(Pillar pillar, AxisDetails details, String actor) {
		Axis axis = addAxis(pillar, details.statement(), details.objectives());
		changed(HistoryKind.AXIS_ADDED, actor, axis.getStatement());
		return axis;
	}

	void changeAxis(Axis axis, AxisDetails details, String actor) {
		axis.change(details.statement(), details.objectives());
		changed(HistoryKind.AXIS_CHANGED, actor, axis.getStatement());
	}

	/**
	 * Removes an axis.
	 * @throws ConventionIncompleteException if it is its pillar's last (remove the pillar
	 * instead)
	 */
	void removeAxis(Axis axis, String actor) {
		if (axesOf(axis.getPillar()).size() <= 1) {
			throw new ConventionIncompleteException(List.of(Problem.of("axis.lastOfPillar")));
		}
		this.axes.remove(axis);
		changed(HistoryKind.AXIS_REMOVED, actor, axis.getStatement());
	}

	Action addAction(Axis axis, ActionDetails details, String actor) {
		Action action = axis.addAction(details);
		changed(HistoryKind.ACTION_ADDED, actor, action.getWhat());
		return action;
	}

	void changeAction(Action action, ActionDetails details, String actor) {
		ActionStatus before = action.getStatus();
		action.change(details);
		changed(HistoryKind.ACTION_CHANGED, actor, action.getWhat()
				+ ((before != details.status()) ? " (" + before + " → " + details.status() + ")" : ""));
	}

	ActionComment comment(Action action, ActionComment comment, String actor) {
		ActionComment added = action.comment(comment);
		changed(HistoryKind.COMMENTED, actor, action.getWhat());
		return added;
	}

	/**
	 * Moves the convention to another status, if that status may follow the current one
	 * and the convention has all it asks for. Termination has its own
	 * {@link #terminate(LocalDate, String, String)}, which records the day and the
	 * reason.
	 * @throws TransitionNotAllowedException if the status cannot follow the current one
	 * @throws ConventionIncompleteException if something is missing, each problem told
	 */
	void transitionTo(ConventionStatus target, String actor) {
		if (!this.status.canMoveTo(target) || target == ConventionStatus.TERMINATED) {
			throw new TransitionNotAllowedException(this.status, target);
		}
		List<Problem> missing = missingFor(target);
		if (!missing.isEmpty()) {
			throw new ConventionIncompleteException(missing);
		}
		changeStatus(target, actor, null);
	}

	private void changed(HistoryKind kind, String actor, @Nullable String detail) {
		this.events
			.add(new ConventionChanged(Objects.requireNonNull(getId(), "a saved convention"), kind, actor, detail));
	}

	private void changeStatus(ConventionStatus target, String actor, @Nullable String detail) {
		ConventionStatus from = this.status;
		this.status = target;
		this.events.add(new ConventionStatusChanged(Objects.requireNonNull(getId(), "a saved convention"), from, target,
				actor, detail));
	}

	/** The events registered since the convention was last saved. */
	@DomainEvents
	List<Object> domainEvents() {
		return Collections.unmodifiableList(this.events);
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		this.events.clear();
	}

	/** What this convention lacks to take a status (nothing to go back or to end). */
	public List<Problem> missingFor(ConventionStatus target) {
		List<Problem> problems = new ArrayList<>();
		if (target == ConventionStatus.DRAFT || target == ConventionStatus.TERMINATED
				|| target == ConventionStatus.EXPIRED) {
			return problems;
		}
		if (institutionIds().isEmpty()) {
			problems.add(Problem.of("convention.problem.noInstitution"));
		}
		if (partnerIds().isEmpty() && institutionIds().size() < 2) {
			problems.add(Problem.of("convention.problem.noPartner"));
		}
		if (target == ConventionStatus.IN_NEGOTIATION) {
			return problems;
		}
		if (this.pillars.isEmpty()) {
			problems.add(Problem.of("convention.problem.noPillar"));
		}
		for (Pillar pillar : pillarsWithoutAxis()) {
			problems.add(Problem.of("convention.problem.pillarWithoutAxis", pillar.getNameFr(), pillar.getNameEn()));
		}
		if (this.signedOn == null) {
			problems.add(Problem.of("convention.problem.noSignatureDate"));
		}
		if (this.startsOn == null) {
			problems.add(Problem.of("convention.problem.noStart"));
		}
		if (this.endsOn == null && !this.openEnded) {
			problems.add(Problem.of("convention.problem.noEnd"));
		}
		return problems;
	}

	/** The portal's own move: a convention in force whose end has passed expires. */
	void expire() {
		if (!this.status.canMoveTo(ConventionStatus.EXPIRED)) {
			throw new TransitionNotAllowedException(this.status, ConventionStatus.EXPIRED);
		}
		changeStatus(ConventionStatus.EXPIRED, "system", null);
	}

	/**
	 * Ends a signed or active convention early, on the given day and for the given
	 * reason.
	 * @throws TransitionNotAllowedException if the convention is not signed or active
	 */
	void terminate(LocalDate on, String reason, String actor) {
		if (!this.status.canMoveTo(ConventionStatus.TERMINATED)) {
			throw new TransitionNotAllowedException(this.status, ConventionStatus.TERMINATED);
		}
		if (reason.isBlank()) {
			throw new IllegalArgumentException("A termination has a reason");
		}
		this.terminatedOn = on;
		this.terminationReason = reason.strip();
		changeStatus(ConventionStatus.TERMINATED, actor, on + " — " + this.terminationReason);
	}

	void renumber(int edition) {
		this.edition = edition;
	}

	void renewalNoticeSent() {
		this.renewalNoticeFor = this.watchOn;
		changed(HistoryKind.RENEWAL_NOTICE_SENT, "system", String.valueOf(this.watchOn));
	}

	/**
	 * Registers, once the next edition is saved, that each edition names the other in its
	 * history.
	 */
	void renewedAs(Convention next, String actor) {
		next.changed(HistoryKind.RENEWAL_OF, actor, this.reference + " #" + this.edition);
		changed(HistoryKind.RENEWED, actor, next.reference + " #" + next.edition);
	}

	/**
	 * A new draft edition with the same parties, pillars and axes, tacit renewal and
	 * notice period, under the given title; dates left to set.
	 */
	Convention renew(String title) {
		Convention next = new Convention(title, this.reference, this.confidentiality, this.summary,
				this.ownerOrganisationId);
		next.edition = this.edition + 1;
		next.previous = this;
		next.parties.clear();
		next.parties.addAll(this.parties);
		next.tacitRenewal = this.tacitRenewal;
		next.noticeMonths = this.noticeMonths;
		for (Axis axis : this.axes) {
			next.addAxis(axis.getPillar(), axis.getStatement(), axis.getObjectives());
		}
		next.pillars.addAll(this.pillars);
		return next;
	}

	// What the convention still lacks, checked before it leaves negotiation

	/** Pillars without an axis. */
	public List<Pillar> pillarsWithoutAxis() {
		return this.pillars.stream()
			.filter((pillar) -> this.axes.stream().noneMatch((axis) -> axis.getPillar().equals(pillar)))
			.sorted(Comparator.comparingInt(Pillar::getPosition))
			.toList();
	}

	// Who the parties are (who may do what is ConventionPermissions' to say)

	public boolean isParty(@Nullable Long organisationId) {
		return organisationId != null && hasPartyAmong(Set.of(organisationId));
	}

	/** Whether one of the given organisations is a party. */
	public boolean hasPartyAmong(Collection<Long> organisationIds) {
		return this.parties.stream().anyMatch((party) -> organisationIds.contains(party.getOrganisationId()));
	}

	/** Whether one of the given organisations is an institution party. */
	public boolean hasInstitutionPartyAmong(Collection<Long> organisationIds) {
		return this.parties.stream()
			.anyMatch((party) -> party.getRole() == PartyRole.INSTITUTION
					&& organisationIds.contains(party.getOrganisationId()));
	}

	// Reading

	public String getTitle() {
		return this.title;
	}

	public String getReference() {
		return this.reference;
	}

	public int getEdition() {
		return this.edition;
	}

	public ConventionStatus getStatus() {
		return this.status;
	}

	public Confidentiality getConfidentiality() {
		return this.confidentiality;
	}

	@Nullable public String getSummary() {
		return this.summary;
	}

	public long getOwnerOrganisationId() {
		return this.ownerOrganisationId;
	}

	@Nullable public LocalDate getSignedOn() {
		return this.signedOn;
	}

	@Nullable public LocalDate getStartsOn() {
		return this.startsOn;
	}

	@Nullable public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public boolean isOpenEnded() {
		return this.openEnded;
	}

	public boolean isTacitRenewal() {
		return this.tacitRenewal;
	}

	@Nullable public Integer getNoticeMonths() {
		return this.noticeMonths;
	}

	/** The end date or, under tacit renewal, the last day to give notice. */
	@Nullable public LocalDate getWatchOn() {
		return this.watchOn;
	}

	/** The day a terminated convention ended early, if recorded. */
	@Nullable public LocalDate getTerminatedOn() {
		return this.terminatedOn;
	}

	@Nullable public String getTerminationReason() {
		return this.terminationReason;
	}

	@Nullable public LocalDate getRenewalNoticeFor() {
		return this.renewalNoticeFor;
	}

	public Optional<Long> getPreviousId() {
		return Optional.ofNullable(this.previous).map(Convention::getId);
	}

	public Set<Party> getParties() {
		return Collections.unmodifiableSet(this.parties);
	}

	public List<Long> institutionIds() {
		return this.parties.stream()
			.filter((party) -> party.getRole() == PartyRole.INSTITUTION)
			.map(Party::getOrganisationId)
			.toList();
	}

	public List<Long> partnerIds() {
		return this.parties.stream()
			.filter((party) -> party.getRole() == PartyRole.PARTNER)
			.map(Party::getOrganisationId)
			.toList();
	}

	public List<Signatory> getSignatories() {
		return Collections.unmodifiableList(this.signatories);
	}

	/** The pillars, in the administrators' order. */
	public List<Pillar> getPillars() {
		return this.pillars.stream().sorted(Comparator.comparingInt(Pillar::getPosition)).toList();
	}

	/** One of this convention's axes, or a not-found error. */
	public Axis axis(long axisId) {
		return this.axes.stream()
			.filter((axis) -> axis.getId() == axisId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Axis", axisId));
	}

	/** One of this convention's actions, whatever its axis, or a not-found error. */
	public Action action(long actionId) {
		return this.axes.stream()
			.flatMap((axis) -> axis.getActions().stream())
			.filter((action) -> action.getId() == actionId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Action", actionId));
	}

	public List<Axis> getAxes() {
		return Collections.unmodifiableList(this.axes);
	}

	/** Loads the parties, signatories, pillars, axes and their actions, for a form. */
	void load() {
		Hibernate.initialize(this.parties);
		Hibernate.initialize(this.signatories);
		Hibernate.initialize(this.pillars);
		this.axes.forEach((axis) -> Hibernate.initialize(axis.getActions()));
	}

	public List<Axis> axesOf(Pillar pillar) {
		return this.axes.stream().filter((axis) -> axis.getPillar().equals(pillar)).toList();
	}

}
