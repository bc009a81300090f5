package org.passerelle.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import org.passerelle.shared.AuditedEntity;

/**
 * An institution's figures for one year: students, graduates, staff, budget and its
 * international reach.
 */
@Entity
@Table(name = "organisation_figures")
public class KeyFigures extends AuditedEntity {

	@Column(nullable = false, updatable = false)
	private long organisationId;

	@Column(name = "figures_year", nullable = false, updatable = false)
	private int year;

	@Nullable private Integer students;

	@Nullable private Integer graduates;

	@Nullable private Integer staff;

	@Nullable private Long budgetEuros;

	@Nullable private Integer internationalStudents;

	@Nullable private Integer nationalities;

	protected KeyFigures() {
	}

	KeyFigures(long organisationId, int year) {
		this.organisationId = organisationId;
		this.year = year;
	}

	void update(Values values) {
		this.students = values.students();
		this.graduates = values.graduates();
		this.staff = values.staff();
		this.budgetEuros = values.budgetEuros();
		this.internationalStudents = values.internationalStudents();
		this.nationalities = values.nationalities();
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	public int getYear() {
		return this.year;
	}

	@Nullable public Integer getStudents() {
		return this.students;
	}

	@Nullable public Integer getGraduates() {
		return this.graduates;
	}

	@Nullable public Integer getStaff() {
		return this.staff;
	}

	@Nullable public Long getBudgetEuros() {
		return this.budgetEuros;
	}

	@Nullable public Integer getInternationalStudents() {
		return this.internationalStudents;
	}

	@Nullable public Integer getNationalities() {
		return this.nationalities;
	}

	public Values values() {
		return new Values(this.students, this.graduates, this.staff, this.budgetEuros, this.internationalStudents,
				this.nationalities);
	}

	/**
	 * The figures of one year; any may be unknown.
	 *
	 * @param students enrolled students
	 * @param graduates graduates a year
	 * @param staff staff, teaching and administrative
	 * @param budgetEuros annual budget, in euros
	 * @param internationalStudents students from abroad
	 * @param nationalities nationalities among the students
	 */
	public record Values(@Nullable Integer students, @Nullable Integer graduates, @Nullable Integer staff,
			@Nullable Long budgetEuros, @Nullable Integer internationalStudents, @Nullable Integer nationalities) {

		/** The figures as the history records them, field by field ("" when unknown). */
		java.util.Map<String, String> fields() {
			java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
			fields.put("figures.students", text(this.students));
			fields.put("figures.graduates", text(this.graduates));
			fields.put("figures.staff", text(this.staff));
			fields.put("figures.budgetEuros", text(this.budgetEuros));
			fields.put("figures.internationalStudents", text(this.internationalStudents));
			fields.put("figures.nationalities", text(this.nationalities));
			return fields;
		}

		private static String text(@Nullable Number value) {
			return (value != null) ? value.toString() : "";
		}

	}

}
