package org.passerelle.convention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.account.AccountService;
import org.passerelle.account.Person;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * Every change made to conventions, with its rules: who may make it, what a status asks
 * for, and a history entry for each change. A change made over someone else's newer
 * change is refused ({@link ObjectOptimisticLockingFailureException}).
 */
@Service
@Transactional
public class ConventionService {

	private final ConventionRepository conventions;

	private final AxisRepository axes;

	private final ActionRepository actions;

	private final CommentRepository comments;

	private final Pillars pillars;

	private final ConventionPermissions permissions;

	private final MessageSource messages;

	private final Clock clock;

	private final AccountService accounts;

	ConventionService(ConventionRepository conventions, AxisRepository axes, ActionRepository actions,
			CommentRepository comments, Pillars pillars, ConventionPermissions permissions, MessageSource messages,
			Optional<Clock> clock, AccountService accounts) {
		this.accounts = accounts;
		this.permissions = permissions;
		this.messages = messages;
		this.conventions = conventions;
		this.axes = axes;
		this.actions = actions;
		this.comments = comments;
		this.pillars = pillars;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/**
	 * Draws up a new convention as a draft, its owning institution as first party.
	 * @param ownerOrganisationId the institution of the office that owns it
	 */
	public Convention create(String title, String reference, Confidentiality confidentiality, @Nullable String summary,
			long ownerOrganisationId, PasserelleUser user) {
		if (!this.permissions.canCreateFor(ownerOrganisationId, user)) {
			throw new AccessDeniedException("Only staff of the owning office create its conventions");
		}
		if (this.conventions.existsByReferenceIgnoreCaseAndEdition(reference.strip(), 1)) {
			throw new ReferenceTakenException(reference);
		}
		Convention convention = save(new Convention(title, reference, confidentiality, summary, ownerOrganisationId));
		convention.created(user.getEmail());
		return save(convention);
	}

	public Convention changeGeneral(long id, long expectedVersion, String title, String reference,
			Confidentiality confidentiality, @Nullable String summary, PasserelleUser user) {
		Convention convention = editable(id, expectedVersion, user);
		if (this.conventions.existsByReferenceIgnoreCaseAndEditionAndIdNot(reference.strip(), convention.getEdition(),
				id)) {
			throw new ReferenceTakenException(reference);
		}
		convention.changeGeneral(title, reference, confidentiality, summary, user.getEmail());
		return save(convention);
	}

	public Convention changeParties(long id, long expectedVersion, Collection<Long> institutionIds,
			Collection<Long> partnerIds, PasserelleUser user) {
		Convention convention = editable(id, expectedVersion, user);
		convention.changeParties(institutionIds, partnerIds, user.getEmail());
		return save(convention);
	}

	public Convention changeDates(long id, long expectedVersion, ConventionDates dates, List<Signatory> signatories,
			PasserelleUser user) {
		Convention convention = editable(id, expectedVersion, user);
		convention.changeDates(dates, signatories, user.getEmail());
		return save(convention);
	}

	/**
	 * Sets the convention's pillars, each with at least one axis: pillars newly chosen
	 * come with the statement of their first axis; pillars left out lose their axes.
	 * @param firstAxes the statement and objectives of the first axis of each new pillar,
	 * by pillar id
	 */
	public Convention changePillars(long id, long expectedVersion, Collection<Long> pillarIds,
			Map<Long, AxisDetails> firstAxes, PasserelleUser user) {
		Convention convention = editable(id, expectedVersion, user);
		List<Pillar> chosen = new ArrayList<>();
		for (long pillarId : pillarIds) {
			chosen.add(this.pillars.get(pillarId));
		}
		Map<Pillar, AxisDetails> axes = new LinkedHashMap<>();
		firstAxes.forEach((pillarId, axis) -> axes.put(this.pillars.get(pillarId), axis));
		convention.changePillars(chosen, axes, user.getEmail());
		return save(convention);
	}

	public Axis addAxis(long id, long pillarId, AxisDetails details, PasserelleUser user) {
		Convention convention = editable(id, user);
		Pillar pillar = this.pillars.get(pillarId);
		Axis axis = this.axes.saveAndFlush(convention.addAxis(pillar, details, user.getEmail()));
		save(convention);
		return axis;
	}

	public Axis changeAxis(long id, long axisId, long expectedVersion, AxisDetails details, PasserelleUser user) {
		Convention convention = editable(id, user);
		Axis axis = convention.axis(axisId);
		checkVersion(axis.getVersion(), expectedVersion, Axis.class, axisId);
		convention.changeAxis(axis, details, user.getEmail());
		save(convention);
		return axis;
	}

	/**
	 * Removes an axis; the last axis of a pillar cannot go (remove the pillar instead).
	 */
	public void removeAxis(long id, long axisId, PasserelleUser user) {
		Convention convention = editable(id, user);
		convention.removeAxis(convention.axis(axisId), user.getEmail());
		save(convention);
	}

	public Action addAction(long id, long axisId, ActionDetails details, PasserelleUser user) {
		Convention convention = editable(id, user);
		Action action = this.actions.saveAndFlush(
				convention.addAction(convention.axis(axisId), withOwner(convention, details), user.getEmail()));
		save(convention);
		return action;
	}

	public Action changeAction(long id, long actionId, long expectedVersion, ActionDetails details,
			PasserelleUser user) {
		Convention convention = editable(id, user);
		Action action = convention.action(actionId);
		checkVersion(action.getVersion(), expectedVersion, Action.class, actionId);
		details = withOwner(convention, details);
		convention.changeAction(action, details, user.getEmail());
		save(convention);
		return action;
	}

	/** A comment on an action, by anyone of a party (liaisons included). */
	public ActionComment comment(long id, long actionId, String body, PasserelleUser user) {
		Convention convention = visible(id, user);
		if (!this.permissions.canComment(convention, user)) {
			throw new AccessDeniedException("Only the parties comment on a convention's actions");
		}
		Action action = convention.action(actionId);
		ActionComment comment = this.comments
			.saveAndFlush(convention.comment(action, new ActionComment(action, user.getAccountId(),
					user.getDisplayName(), user.getOrganisationId(), body, this.clock.instant()), user.getEmail()));
		save(convention);
		return comment;
	}

	/**
	 * Moves a convention to another status, if allowed and if the convention has what
	 * that status asks for.
	 * @throws TransitionNotAllowedException if the status cannot follow the current one
	 * @throws ConventionIncompleteException if something is missing, each problem told
	 */
	public Convention transition(long id, long expectedVersion, ConventionStatus target, PasserelleUser user) {
		Convention convention = editable(id, expectedVersion, user);
		convention.transitionTo(target, user.getEmail());
		return save(convention);
	}

	/**
	 * Ends a signed or active convention early (it is not renewed, and no more notices
	 * are sent); the day and the reason are kept and written to its history.
	 * @throws TransitionNotAllowedException if the convention is not signed or active
	 */
	public Convention terminate(long id, long expectedVersion, LocalDate on, String reason, PasserelleUser user) {
		Convention convention = editable(id, expectedVersion, user);
		convention.terminate(on, reason, user.getEmail());
		return save(convention);
	}

	/** What a convention lacks to take a status. */
	public List<Problem> requirements(Convention convention, ConventionStatus target) {
		return convention.missingFor(target);
	}

	/**
	 * Draws up the next edition of a signed, active or expired convention, as a draft
	 * linked to it, with the same parties, pillars and axes.
	 */
	public Convention renew(long id, PasserelleUser user) {
		Convention convention = editable(id, user);
		if (!convention.getStatus().canBeRenewed()) {
			throw new TransitionNotAllowedException(convention.getStatus(), ConventionStatus.DRAFT);
		}
		int year = (convention.getEndsOn() != null) ? convention.getEndsOn().getYear()
				: LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC).getYear();
		Convention next = convention.renew(renewalTitle(convention.getTitle(), year));
		next.renumber(this.conventions.lastEdition(convention.getReference()).orElse(0) + 1);
		save(next);
		convention.renewedAs(next, user.getEmail());
		save(convention);
		return save(next);
	}

	/**
	 * The title of a renewal: the previous title, without the mark of an earlier renewal,
	 * followed by "(renewal 2027)" in the language of the person who draws it up.
	 */
	String renewalTitle(String title, int year) {
		String base = title.replaceFirst("\\s*\\((renewal|renouvellement) \\d{4}\\)$", "");
		String suffix = this.messages.getMessage("convention.renewalTitle", new Object[] { "", String.valueOf(year) },
				LocaleContextHolder.getLocale());
		int room = 250 - suffix.length();
		return ((base.length() > room) ? base.substring(0, room).strip() : base) + suffix;
	}

	/** Deletes a draft that was never negotiated. */
	public void deleteDraft(long id, long expectedVersion, PasserelleUser user) {
		Convention convention = editable(id, expectedVersion, user);
		if (convention.getStatus() != ConventionStatus.DRAFT) {
			throw new TransitionNotAllowedException(convention.getStatus(), ConventionStatus.DRAFT);
		}
		this.conventions.delete(convention);
	}

	/**
	 * A convention with its parties, signatories, pillars, axes and actions loaded, for
	 * someone who may change it.
	 */
	@Transactional(readOnly = true)
	public Convention forEditing(long id, PasserelleUser user) {
		Convention convention = editable(id, user);
		convention.load();
		return convention;
	}

	/** A convention whose end has passed, without tacit renewal, expires. */
	void expire(Convention convention) {
		convention.expire();
		this.conventions.save(convention);
	}

	/** Marks the notice of a convention's coming end as sent (by the renewal watch). */
	void renewalNoticeSent(Convention convention) {
		convention.renewalNoticeSent();
		save(convention);
	}

	/**
	 * Who may carry the convention's actions: the active staff and liaisons of its
	 * parties.
	 */
	@Transactional(readOnly = true)
	public List<Person> possibleOwners(Convention convention) {
		return this.accounts.peopleOf(convention.getParties().stream().map(Party::getOrganisationId).toList());
	}

	/**
	 * The details with the name of the person of the portal who carries the action, if
	 * one does.
	 * @throws IllegalArgumentException if that person is not among those of the parties
	 */
	private ActionDetails withOwner(Convention convention, ActionDetails details) {
		if (details.ownerAccountId() == null) {
			return details;
		}
		Person owner = possibleOwners(convention).stream()
			.filter((person) -> person.accountId() == details.ownerAccountId())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("An action is carried by a person of the parties"));
		return new ActionDetails(details.what(), owner.displayName(), details.dueOn(), details.status(),
				details.progressNotes(), owner.accountId());
	}

	/** The convention if this person may change it. */
	Convention editable(long id, PasserelleUser user) {
		Convention convention = visible(id, user);
		if (!this.permissions.canEdit(convention, user)) {
			throw new AccessDeniedException("Only administrators and staff of a party institution edit a convention");
		}
		return convention;
	}

	private Convention editable(long id, long expectedVersion, PasserelleUser user) {
		Convention convention = editable(id, user);
		checkVersion(convention.getVersion(), expectedVersion, Convention.class, id);
		return convention;
	}

	/** The convention if this person may see at least its public summary. */
	Convention visible(long id, PasserelleUser user) {
		Convention convention = this.conventions.findById(id)
			.orElseThrow(() -> new NotFoundException("Convention", id));
		if (!this.permissions.canSeeSummary(convention, user)) {
			throw new NotFoundException("Convention", id);
		}
		return convention;
	}

	private static void checkVersion(long actual, long expected, Class<?> type, long id) {
		if (actual != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	private Convention save(Convention convention) {
		try {
			// through the repository even when already managed: it publishes the
			// convention's events
			return this.conventions.saveAndFlush(convention);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ReferenceTakenException(convention.getReference());
		}
	}

	static Map<Long, AxisDetails> noAxes() {
		return new LinkedHashMap<>();
	}

}
