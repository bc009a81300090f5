package org.passerelle.organisation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.jspecify.annotations.Nullable;

import org.passerelle.organisation.KeyFigures;

/**
 * An institution's key figures for one year.
 */
class FiguresForm {

	@NotNull
	@Min(1900)
	@Max(2200)
	@Nullable private Integer year;

	@PositiveOrZero
	@Nullable private Integer students;

	@PositiveOrZero
	@Nullable private Integer graduates;

	@PositiveOrZero
	@Nullable private Integer staff;

	@PositiveOrZero
	@Nullable private Long budgetEuros;

	@PositiveOrZero
	@Nullable private Integer internationalStudents;

	@PositiveOrZero
	@Nullable private Integer nationalities;

	static FiguresForm of(int year, @Nullable KeyFigures figures) {
		FiguresForm form = new FiguresForm();
		form.year = year;
		if (figures != null) {
			form.students = figures.getStudents();
			form.graduates = figures.getGraduates();
			form.staff = figures.getStaff();
			form.budgetEuros = figures.getBudgetEuros();
			form.internationalStudents = figures.getInternationalStudents();
			form.nationalities = figures.getNationalities();
		}
		return form;
	}

	KeyFigures.Values toValues() {
		return new KeyFigures.Values(this.students, this.graduates, this.staff, this.budgetEuros,
				this.internationalStudents, this.nationalities);
	}

	@Nullable public Integer getYear() {
		return this.year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	@Nullable public Integer getStudents() {
		return this.students;
	}

	public void setStudents(@Nullable Integer students) {
		this.students = students;
	}

	@Nullable public Integer getGraduates() {
		return this.graduates;
	}

	public void setGraduates(@Nullable Integer graduates) {
		this.graduates = graduates;
	}

	@Nullable public Integer getStaff() {
		return this.staff;
	}

	public void setStaff(@Nullable Integer staff) {
		this.staff = staff;
	}

	@Nullable public Long getBudgetEuros() {
		return this.budgetEuros;
	}

	public void setBudgetEuros(@Nullable Long budgetEuros) {
		this.budgetEuros = budgetEuros;
	}

	@Nullable public Integer getInternationalStudents() {
		return this.internationalStudents;
	}

	public void setInternationalStudents(@Nullable Integer internationalStudents) {
		this.internationalStudents = internationalStudents;
	}

	@Nullable public Integer getNationalities() {
		return this.nationalities;
	}

	public void setNationalities(@Nullable Integer nationalities) {
		this.nationalities = nationalities;
	}

}
