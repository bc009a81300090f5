package org.passerelle.convention;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

import org.passerelle.shared.AuditedEntity;

/**
 * One line of work of a convention within a pillar: a statement of intent and its
 * objectives, followed through actions.
 */
@Entity
@Table(name = "convention_axis")
public class Axis extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "convention_id")
	private Convention convention;

	@ManyToOne(optional = false)
	@JoinColumn(name = "pillar_id")
	private Pillar pillar;

	@Column(nullable = false, length = 1000)
	private String statement;

	@Column(length = 4000)
	@Nullable private String objectives;

	@OneToMany(mappedBy = "axis", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	@BatchSize(size = 100)
	private List<Action> actions = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected Axis() {
		this.statement = "";
	}

	Axis(Convention convention, Pillar pillar, String statement, @Nullable String objectives) {
		this.convention = convention;
		this.pillar = pillar;
		this.statement = statement.strip();
		this.objectives = Convention.blankToNull(objectives);
	}

	void change(String statement, @Nullable String objectives) {
		this.statement = statement.strip();
		this.objectives = Convention.blankToNull(objectives);
	}

	Action addAction(ActionDetails details) {
		Action action = new Action(this, details);
		this.actions.add(action);
		return action;
	}

	public Convention getConvention() {
		return this.convention;
	}

	public Pillar getPillar() {
		return this.pillar;
	}

	public String getStatement() {
		return this.statement;
	}

	@Nullable public String getObjectives() {
		return this.objectives;
	}

	public List<Action> getActions() {
		return this.actions;
	}

}
