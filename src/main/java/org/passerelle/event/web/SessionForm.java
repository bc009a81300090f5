package org.passerelle.event.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import org.passerelle.event.EventTitle;
import org.passerelle.event.ProgrammeItem;
import org.passerelle.event.Session;
import org.passerelle.event.SessionDetails;

/**
 * A session: its day, start and end (Paris time), venue, city, capacity, and programme
 * given one item a line:
 * {@code 11:30 Présentation du programme | Programme presentation}.
 */
public class SessionForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable private LocalDate day;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	@Nullable private LocalTime startsAt;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	@Nullable private LocalTime endsAt;

	@NotBlank
	@Size(max = 300)
	private String venue = "";

	@NotBlank
	@Size(max = 120)
	private String city = "";

	@NotNull
	@Min(1)
	@Max(100000)
	@Nullable private Integer capacity;

	@Size(max = 4000)
	@Nullable private String programme;

	private long version;

	static SessionForm of(Session session) {
		SessionForm form = new SessionForm();
		form.day = session.getDay();
		form.startsAt = session.getStartsAt();
		form.endsAt = session.getEndsAt();
		form.venue = session.getVenue();
		form.city = session.getCity();
		form.capacity = session.getCapacity();
		form.programme = session.getProgramme().stream().map(SessionForm::line).collect(Collectors.joining("\n"));
		form.version = session.getVersion();
		return form;
	}

	private static String line(ProgrammeItem item) {
		EventTitle title = item.getTitle();
		String text = (title.fr() != null && title.en() != null) ? title.fr() + " | " + title.en()
				: (title.fr() != null) ? title.fr() : "| " + title.en();
		return item.getAt() + " " + text;
	}

	/**
	 * The programme items, or {@code null} when a line does not start with a time
	 * followed by what happens.
	 */
	@Nullable List<ProgrammeItem> programmeItems() {
		List<ProgrammeItem> items = new ArrayList<>();
		if (this.programme == null) {
			return items;
		}
		for (String raw : this.programme.split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s+", 2);
			if (parts.length < 2) {
				return null;
			}
			try {
				LocalTime at = LocalTime.parse(parts[0].replace('h', ':').replace('.', ':'));
				String[] titles = parts[1].split("\\|", 2);
				EventTitle title = new EventTitle(titles[0], (titles.length > 1) ? titles[1] : null);
				if (title.isEmpty()) {
					return null;
				}
				items.add(new ProgrammeItem(at, title));
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return items;
	}

	SessionDetails details(List<ProgrammeItem> items) {
		return new SessionDetails(this.day, this.startsAt, this.endsAt, this.venue, this.city,
				(this.capacity != null) ? this.capacity : 0, items);
	}

	public @Nullable LocalDate getDay() {
		return this.day;
	}

	public void setDay(@Nullable LocalDate day) {
		this.day = day;
	}

	public @Nullable LocalTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(@Nullable LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public @Nullable LocalTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(@Nullable LocalTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public @Nullable Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(@Nullable Integer capacity) {
		this.capacity = capacity;
	}

	public @Nullable String getProgramme() {
		return this.programme;
	}

	public void setProgramme(@Nullable String programme) {
		this.programme = programme;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
