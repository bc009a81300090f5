package org.passerelle.matchmaking;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

import org.passerelle.shared.AuditedEntity;

/**
 * The speed meeting of one session: its rounds, its tables (the industrialists), its
 * participants in groups and each group's table at each round. It keeps the rotation's
 * rules: a hand-made change that breaks one is refused with the rule it breaks. Once
 * published, participants and companies see their own timetable.
 */
@Entity
@Table(name = "matchmaking_speed_meeting")
public class SpeedMeetingSchedule extends AuditedEntity {

	@Column(nullable = false, unique = true)
	private long sessionId;

	@Column(nullable = false)
	private long eventId;

	@Column(nullable = false)
	private int rounds;

	@Column(nullable = false)
	private int roundMinutes;

	@Column(nullable = false)
	private LocalTime firstRoundAt;

	@Nullable private Instant publishedAt;

	@Column(nullable = false)
	private Instant generatedAt;

	@Column(nullable = false)
	private int wishesTotal;

	@Column(nullable = false)
	private int wishesMet;

	@ElementCollection
	@CollectionTable(name = "matchmaking_speed_meeting_table", joinColumns = @JoinColumn(name = "speed_meeting_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<MeetingTable> tables = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "matchmaking_speed_meeting_member", joinColumns = @JoinColumn(name = "speed_meeting_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<MeetingMember> members = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "matchmaking_speed_meeting_seat", joinColumns = @JoinColumn(name = "speed_meeting_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<MeetingSeat> seats = new ArrayList<>();

	protected SpeedMeetingSchedule() {
		this.firstRoundAt = LocalTime.NOON;
		this.generatedAt = Instant.EPOCH;
	}

	SpeedMeetingSchedule(long sessionId, long eventId, RoundPlan plan) {
		this.sessionId = sessionId;
		this.eventId = eventId;
		this.rounds = plan.rounds();
		this.roundMinutes = plan.minutes();
		this.firstRoundAt = plan.firstRoundAt();
		this.generatedAt = Instant.EPOCH;
	}

	/**
	 * Puts a newly made rotation in place (unpublished again).
	 * @throws MatchmakingRefusedException if it breaks a rule
	 */
	void generated(RoundPlan plan, List<MeetingTable> newTables, List<MeetingMember> newMembers, Rotation rotation,
			List<Wish> wishes, Instant now) {
		this.rounds = plan.rounds();
		this.roundMinutes = plan.minutes();
		this.firstRoundAt = plan.firstRoundAt();
		this.tables.clear();
		this.tables.addAll(newTables);
		this.members.clear();
		this.members.addAll(newMembers);
		this.generatedAt = now;
		this.publishedAt = null;
		apply(rotation, wishes);
	}

	/**
	 * Moves a group to another table (or none) at a round.
	 * @throws MatchmakingRefusedException with the first rule the move breaks
	 */
	void moveGroup(int group, int round, int table, List<Wish> wishes) {
		if (group < 0 || group >= groups() || round < 0 || round >= this.rounds || table < Rotation.NO_TABLE
				|| table >= this.tables.size()) {
			throw new MatchmakingRefusedException("matchmaking.refused.noSuchSeat");
		}
		apply(rotation().withTable(group, round, table), wishes);
	}

	/**
	 * Moves a participant to another group.
	 * @throws MatchmakingRefusedException with the first rule the move breaks
	 */
	void moveMember(int member, int group, List<Wish> wishes) {
		if (member < 0 || member >= this.members.size() || group < 0 || group >= groups()) {
			throw new MatchmakingRefusedException("matchmaking.refused.noSuchSeat");
		}
		apply(rotation().withGroup(member, group), wishes);
	}

	private void apply(Rotation rotation, List<Wish> wishes) {
		rotation.brokenRules().stream().findFirst().ifPresent((broken) -> {
			throw new MatchmakingRefusedException(broken);
		});
		for (int p = 0; p < this.members.size(); p++) {
			this.members.get(p).moveTo(rotation.groupOf(p));
		}
		this.seats.clear();
		for (int g = 0; g < rotation.groups(); g++) {
			for (int r = 0; r < rotation.rounds(); r++) {
				this.seats.add(new MeetingSeat(g, r, rotation.tableAt(g, r)));
			}
		}
		this.wishesTotal = wishes.size();
		this.wishesMet = rotation.wishesMet(wishes);
	}

	void publish(Instant now) {
		if (this.members.isEmpty()) {
			throw new MatchmakingRefusedException("matchmaking.refused.nothingToPublish");
		}
		this.publishedAt = now;
	}

	/** The rotation as a value, for the rules and the views. */
	public Rotation rotation() {
		int[] groupOf = new int[this.members.size()];
		for (int p = 0; p < groupOf.length; p++) {
			groupOf[p] = this.members.get(p).getGroup();
		}
		int[][] tableAt = new int[groups()][this.rounds];
		for (MeetingSeat seat : this.seats) {
			tableAt[seat.getGroup()][seat.getRound()] = seat.getTable();
		}
		return new Rotation(this.tables.size(), groupOf, tableAt);
	}

	public int groups() {
		return (int) this.seats.stream().map(MeetingSeat::getGroup).distinct().count();
	}

	/** The table of a group at a round, if it has one. */
	public Optional<MeetingTable> tableOf(int group, int round) {
		return this.seats.stream()
			.filter((seat) -> seat.getGroup() == group && seat.getRound() == round
					&& seat.getTable() != Rotation.NO_TABLE)
			.findFirst()
			.map((seat) -> this.tables.get(seat.getTable()));
	}

	/** The group at a table at a round, or -1 when it is free. */
	public int groupAt(int table, int round) {
		return this.seats.stream()
			.filter((seat) -> seat.getTable() == table && seat.getRound() == round)
			.mapToInt(MeetingSeat::getGroup)
			.findFirst()
			.orElse(-1);
	}

	/** The participants of a group. */
	public List<MeetingMember> membersOf(int group) {
		return this.members.stream().filter((member) -> member.getGroup() == group).toList();
	}

	/** The participant of this registration, if they are in the rotation. */
	public Optional<MeetingMember> member(UUID registration) {
		return this.members.stream()
			.filter((member) -> member.getRegistrationPublicId().equals(registration))
			.findFirst();
	}

	/** The index of the table this registration hosts, or -1. */
	public int tableHostedBy(long registrationId) {
		for (int t = 0; t < this.tables.size(); t++) {
			if (this.tables.get(t).getRegistrationId() == registrationId) {
				return t;
			}
		}
		return -1;
	}

	/** When a round starts (rounds from zero). */
	public LocalTime roundStart(int round) {
		return this.firstRoundAt.plusMinutes((long) round * this.roundMinutes);
	}

	public LocalTime roundEnd(int round) {
		return roundStart(round).plusMinutes(this.roundMinutes);
	}

	/** The share of wishes met, in per cent (100 when nobody wished anything). */
	public int getWishesMetPercent() {
		return (this.wishesTotal == 0) ? 100 : Math.round(100f * this.wishesMet / this.wishesTotal);
	}

	public boolean isPublished() {
		return this.publishedAt != null;
	}

	public long getSessionId() {
		return this.sessionId;
	}

	public long getEventId() {
		return this.eventId;
	}

	public int getRounds() {
		return this.rounds;
	}

	public int getRoundMinutes() {
		return this.roundMinutes;
	}

	public LocalTime getFirstRoundAt() {
		return this.firstRoundAt;
	}

	@Nullable public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getGeneratedAt() {
		return this.generatedAt;
	}

	public int getWishesTotal() {
		return this.wishesTotal;
	}

	public int getWishesMet() {
		return this.wishesMet;
	}

	public List<MeetingTable> getTables() {
		return Collections.unmodifiableList(this.tables);
	}

	public List<MeetingMember> getMembers() {
		return Collections.unmodifiableList(this.members);
	}

}
