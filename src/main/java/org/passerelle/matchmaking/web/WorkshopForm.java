package org.passerelle.matchmaking.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A new workshop: its title and number of places.
 */
public class WorkshopForm {

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@NotNull
	@Min(1)
	@Max(10000)
	@Nullable private Integer capacity = 30;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(@Nullable Integer capacity) {
		this.capacity = capacity;
	}

}
