package org.passerelle.event.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/**
 * The employees a liaison registers to a session at once; blank rows are left out.
 */
public class EmployeesForm {

	/** How many rows the form offers. */
	static final int ROWS = 5;

	@Valid
	private List<PersonForm> people = new ArrayList<>();

	static EmployeesForm blank() {
		EmployeesForm form = new EmployeesForm();
		for (int i = 0; i < ROWS; i++) {
			form.people.add(new PersonForm());
		}
		return form;
	}

	public List<PersonForm> getPeople() {
		return this.people;
	}

	public void setPeople(List<PersonForm> people) {
		this.people = people;
	}

}
