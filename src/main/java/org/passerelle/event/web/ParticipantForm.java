package org.passerelle.event.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.passerelle.event.MeetingWish;
import org.passerelle.organisation.Sector;

/**
 * The public registration form: a name and an e-mail address to confirm and, for a speed
 * meeting, whom the participant would like to meet (companies, sectors; optional).
 */
public class ParticipantForm {

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@NotBlank
	@Email
	@Size(max = 254)
	private String email = "";

	@Size(max = MeetingWish.MOST)
	private List<Long> wishedCompanies = new ArrayList<>();

	@Size(max = MeetingWish.MOST)
	private List<Sector> wishedSectors = new ArrayList<>();

	List<MeetingWish> wishes() {
		List<MeetingWish> wishes = new ArrayList<>();
		this.wishedCompanies.stream().distinct().forEach((id) -> wishes.add(MeetingWish.company(id)));
		this.wishedSectors.stream().distinct().forEach((sector) -> wishes.add(MeetingWish.ofSector(sector)));
		return wishes;
	}

	public List<Long> getWishedCompanies() {
		return this.wishedCompanies;
	}

	public void setWishedCompanies(List<Long> wishedCompanies) {
		this.wishedCompanies = wishedCompanies;
	}

	public List<Sector> getWishedSectors() {
		return this.wishedSectors;
	}

	public void setWishedSectors(List<Sector> wishedSectors) {
		this.wishedSectors = wishedSectors;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
