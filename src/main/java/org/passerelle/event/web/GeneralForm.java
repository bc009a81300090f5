package org.passerelle.event.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

import org.passerelle.event.Audience;
import org.passerelle.event.Event;
import org.passerelle.event.EventDetails;
import org.passerelle.event.EventGeneral;
import org.passerelle.event.EventKind;
import org.passerelle.event.EventTitle;
import org.passerelle.organisation.Sector;

/**
 * The first step of the event editor: titles and descriptions (French, English or both),
 * kind, labels, pillars, audiences and the partners' sectors it is meant for; for a new
 * event whose author belongs to no institution (an administrator), its organisers too.
 */
public class GeneralForm {

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

	@Size(max = 500)
	@Nullable private String labels;

	private List<Long> pillarIds = new ArrayList<>();

	private List<Audience> audiences = new ArrayList<>();

	private List<Sector> sectors = new ArrayList<>();

	private List<Long> organiserIds = new ArrayList<>();

	private long version;

	static GeneralForm of(Event event) {
		GeneralForm form = new GeneralForm();
		form.titleFr = event.getTitle().fr();
		form.titleEn = event.getTitle().en();
		form.descriptionFr = event.getDescription().fr();
		form.descriptionEn = event.getDescription().en();
		form.kind = event.getKind();
		form.labels = String.join(", ", event.getLabels());
		form.pillarIds = new ArrayList<>(event.getPillarIds());
		form.audiences = new ArrayList<>(event.getAudiences());
		form.sectors = new ArrayList<>(event.getSectors());
		form.version = event.getVersion();
		return form;
	}

	/** Whether a title is given in either language. */
	boolean hasTitle() {
		return StringUtils.hasText(this.titleFr) || StringUtils.hasText(this.titleEn);
	}

	EventGeneral general() {
		Set<String> labelSet = new LinkedHashSet<>();
		if (this.labels != null) {
			Arrays.stream(this.labels.split("[,;\\n]"))
				.map(String::strip)
				.filter((l) -> !l.isEmpty())
				.forEach(labelSet::add);
		}
		return new EventGeneral(new EventTitle(this.titleFr, this.titleEn),
				new EventTitle(this.descriptionFr, this.descriptionEn),
				(this.kind != null) ? this.kind : EventKind.OTHER, labelSet, new LinkedHashSet<>(this.pillarIds),
				new LinkedHashSet<>(this.audiences), new LinkedHashSet<>(this.sectors));
	}

	/** A new draft organised by these institutions, without partner or window yet. */
	EventDetails newEvent(Set<Long> organisers) {
		EventGeneral general = general();
		return new EventDetails(general.title(), general.description(), general.kind(), organisers, Set.of(),
				general.labels(), general.pillarIds(), general.audiences(), general.sectors(), null, null);
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

	public List<Sector> getSectors() {
		return this.sectors;
	}

	public void setSectors(List<Sector> sectors) {
		this.sectors = sectors;
	}

	public List<Long> getOrganiserIds() {
		return this.organiserIds;
	}

	public void setOrganiserIds(List<Long> organiserIds) {
		this.organiserIds = organiserIds;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
