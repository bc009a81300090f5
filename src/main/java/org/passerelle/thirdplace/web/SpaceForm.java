package org.passerelle.thirdplace.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.passerelle.thirdplace.SpaceKind;

/** A space as staff add or change it: its kind (when added), name and capacity. */
class SpaceForm {

	@NotNull
	@Nullable private SpaceKind kind = SpaceKind.DESKS;

	@NotBlank
	@Size(max = 120)
	private String name = "";

	@NotNull
	@Min(1)
	@Max(2000)
	@Nullable private Integer capacity;

	@Nullable public SpaceKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable SpaceKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = (name != null) ? name : "";
	}

	@Nullable public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(@Nullable Integer capacity) {
		this.capacity = capacity;
	}

}
