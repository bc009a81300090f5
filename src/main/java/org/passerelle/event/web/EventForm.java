package org.passerelle.event.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import org.passerelle.event.Audience;
import org.passerelle.event.Event;
import org.passerelle.event.EventDetails;
import org.passerelle.event.EventKind;
import org.passerelle.event.EventTitle;
import org.passerelle.event.Session;

/**
 * What an event is: its titles and descriptions (French, English or both), kind,
 * organisers, partners, labels, pillars, audiences and registration window (Paris time).
 */
public class EventForm {

	@Size(max = 250)
	@Nullable private String titleFr;

	@Size(max = 250)
	@Nullable private String titleEn;

	@Size(max = 8000)
	@Nullable private String descriptionFr;

	@Size(max = 8000)
	@Nullable private String descriptionEn;

	@NotNull
	@Nullable private EventKind kind;

	@NotEmpty
	private List<Long> organiserIds = new ArrayList<>();

	private List<Long> partnerIds = new ArrayList<>();

	@Size(max = 500)
	@Nullable private String labels;

	private List<Long> pillarIds = new ArrayList<>();

	private List<Audience> audiences = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	@Nullable private LocalDateTime opensAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	@Nullable private LocalDateTime closesAt;

	private long version;

	static EventForm of(Event event) {
		EventForm form = new EventForm();
		form.titleFr = event.getTitle().fr();
		form.titleEn = event.getTitle().en();
		form.descriptionFr = event.getDescription().fr();
		form.descriptionEn = event.getDescription().en();
		form.kind = event.getKind();
		form.organiserIds = new ArrayList<>(event.getOrganiserIds());
		form.partnerIds = new ArrayList<>(event.getPartnerIds());
		form.labels = String.join(", ", event.getLabels());
		form.pillarIds = new ArrayList<>(event.getPillarIds());
		form.audiences = new ArrayList<>(event.getAudiences());
		form.opensAt = local(event.getRegistrationOpensAt());
		form.closesAt = local(event.getRegistrationClosesAt());
		form.version = event.getVersion();
		return form;
	}

	private static @Nullable LocalDateTime local(@Nullable Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, Session.PARIS) : null;
	}

	private static @Nullable Instant instant(@Nullable LocalDateTime local) {
		return (local != null) ? local.atZone(Session.PARIS).toInstant() : null;
	}

	EventDetails details() {
		Set<String> labelSet = new LinkedHashSet<>();
		if (this.labels != null) {
			Arrays.stream(this.labels.split("[,;\\n]"))
				.map(String::strip)
				.filter((l) -> !l.isEmpty())
				.forEach(labelSet::add);
		}
		return new EventDetails(new EventTitle(this.titleFr, this.titleEn),
				new EventTitle(this.descriptionFr, this.descriptionEn),
				(this.kind != null) ? this.kind : EventKind.OTHER, new LinkedHashSet<>(this.organiserIds),
				new LinkedHashSet<>(this.partnerIds), labelSet, new LinkedHashSet<>(this.pillarIds),
				new LinkedHashSet<>(this.audiences), instant(this.opensAt), instant(this.closesAt));
	}

	public @Nullable String getTitleFr() {
		return this.titleFr;
	}

	public void setTitleFr(@Nullable String titleFr) {
		this.titleFr = titleFr;
	}

	public @Nullable String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(@Nullable String titleEn) {
		this.titleEn = titleEn;
	}

	public @Nullable String getDescriptionFr() {
		return this.descriptionFr;
	}

	public void setDescriptionFr(@Nullable String descriptionFr) {
		this.descriptionFr = descriptionFr;
	}

	public @Nullable String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(@Nullable String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public @Nullable EventKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable EventKind kind) {
		this.kind = kind;
	}

	public List<Long> getOrganiserIds() {
		return this.organiserIds;
	}

	public void setOrganiserIds(List<Long> organiserIds) {
		this.organiserIds = organiserIds;
	}

	public List<Long> getPartnerIds() {
		return this.partnerIds;
	}

	public void setPartnerIds(List<Long> partnerIds) {
		this.partnerIds = partnerIds;
	}

	public @Nullable String getLabels() {
		return this.labels;
	}

	public void setLabels(@Nullable String labels) {
		this.labels = labels;
	}

	public List<Long> getPillarIds() {
		return this.pillarIds;
	}

	public void setPillarIds(List<Long> pillarIds) {
		this.pillarIds = pillarIds;
	}

	public List<Audience> getAudiences() {
		return this.audiences;
	}

	public void setAudiences(List<Audience> audiences) {
		this.audiences = audiences;
	}

	public @Nullable LocalDateTime getOpensAt() {
		return this.opensAt;
	}

	public void setOpensAt(@Nullable LocalDateTime opensAt) {
		this.opensAt = opensAt;
	}

	public @Nullable LocalDateTime getClosesAt() {
		return this.closesAt;
	}

	public void setClosesAt(@Nullable LocalDateTime closesAt) {
		this.closesAt = closesAt;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
