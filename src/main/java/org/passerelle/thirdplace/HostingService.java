package org.passerelle.thirdplace;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * What people do with sites, hosting requests and bookings, each in its own transaction.
 * A change the database refuses (an office or a room taken, too few desks left, a change
 * made meanwhile by someone else) comes back as a {@link HostingRuleException} whose key
 * says why, never as a server error. Permissions are the callers' to check with
 * {@link SitePermissions}.
 */
@Service
public class HostingService {

	private final SiteRepository sites;

	private final HostingRequestRepository requests;

	private final BookingRepository bookings;

	private final Sites queries;

	private final TransactionTemplate transactions;

	private final SitePermissions permissions;

	HostingService(SiteRepository sites, HostingRequestRepository requests, BookingRepository bookings, Sites queries,
			PlatformTransactionManager transactionManager, SitePermissions permissions) {
		this.permissions = permissions;
		this.sites = sites;
		this.requests = requests;
		this.bookings = bookings;
		this.queries = queries;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	public Site createSite(SiteDetails details, long institutionId) {
		return inTransaction(() -> this.sites.saveAndFlush(new Site(details, institutionId)));
	}

	public Site changeSite(long siteId, long version, SiteDetails details) {
		return inTransaction(() -> {
			Site site = currentSite(siteId, version);
			site.change(details);
			return this.sites.saveAndFlush(site);
		});
	}

	public Space addSpace(long siteId, SpaceKind kind, String name, int capacity) {
		return inTransaction(() -> {
			Site site = this.sites.findById(siteId).orElseThrow(() -> new NotFoundException("Site", siteId));
			Space space = site.addSpace(kind, name, capacity);
			// a merge cascades to a copy of the new space: the saved site holds the one
			// with an id
			return this.sites.saveAndFlush(site)
				.getSpaces()
				.stream()
				.filter((saved) -> saved.getName().equals(space.getName()))
				.findFirst()
				.orElseThrow();
		});
	}

	public void changeSpace(long siteId, long spaceId, String name, int capacity) {
		inTransaction(() -> {
			Site site = this.sites.findById(siteId).orElseThrow(() -> new NotFoundException("Site", siteId));
			if (site.getSpaces()
				.stream()
				.anyMatch((other) -> other.getId() != spaceId && other.getName().equalsIgnoreCase(name.strip()))) {
				throw new HostingRuleException("space.name.taken");
			}
			site.space(spaceId).change(name, capacity);
			return this.sites.saveAndFlush(site);
		});
	}

	public HostingRequest submit(long organisationId, HostingNeed need, PasserelleUser user) {
		return inTransaction(() -> {
			if (need.siteId() != null) {
				Site site = this.sites.findById(need.siteId())
					.orElseThrow(() -> new HostingRuleException("hosting.site.unknown"));
				if (site.getStatus() == SiteStatus.CLOSED) {
					throw new HostingRuleException("hosting.site.closed");
				}
			}
			HostingRequest request = new HostingRequest(organisationId, need, user.getEmail());
			request.madeIn(LocaleContextHolder.getLocale());
			return this.requests.saveAndFlush(request);
		});
	}

	public void review(long requestId, long version, PasserelleUser user) {
		change(requestId, version, (request) -> request.review(user.getEmail()));
	}

	/**
	 * Approves the request, holding the given space of the given site.
	 * @throws HostingRuleException {@code hosting.approve.officeTaken} or
	 * {@code hosting.approve.full} when the database refuses the allocation
	 */
	public void approve(long requestId, long version, long siteId, long spaceId, PasserelleUser user) {
		change(requestId, version, (request) -> {
			Site site = this.sites.findById(siteId).orElseThrow(() -> new NotFoundException("Site", siteId));
			request.approve(site, site.space(spaceId), user.getEmail());
		});
	}

	public void decline(long requestId, long version, String reason, PasserelleUser user) {
		change(requestId, version, (request) -> request.decline(reason, user.getEmail()));
	}

	public void withdraw(long requestId, long version, PasserelleUser user) {
		change(requestId, version, (request) -> request.withdraw(user.getEmail()));
	}

	public void activate(long requestId, long version, PasserelleUser user) {
		change(requestId, version, (request) -> request.activate(this.queries.today(), user.getEmail()));
	}

	public void end(long requestId, long version, LocalDate lastDay, PasserelleUser user) {
		change(requestId, version, (request) -> request.end(lastDay, user.getEmail()));
	}

	/**
	 * Books a meeting room of the site on a day from an hour for a number of hours (the
	 * site's local time).
	 * @throws HostingRuleException {@code booking.taken} when the room is booked already
	 * for one of those hours
	 */
	public Booking book(long siteId, long roomId, LocalDate day, int fromHour, int hours, @Nullable Long organisationId,
			PasserelleUser user) {
		if (fromHour < 0 || hours < 1 || fromHour + hours > 24) {
			throw new HostingRuleException("booking.hours.range");
		}
		return inTransaction(() -> {
			Site site = this.sites.findById(siteId).orElseThrow(() -> new NotFoundException("Site", siteId));
			Space room = site.space(roomId);
			var start = day.atTime(LocalTime.of(fromHour, 0)).atZone(Sites.ZONE).toInstant();
			var end = day.atTime(LocalTime.of(fromHour, 0)).plusHours(hours).atZone(Sites.ZONE).toInstant();
			return this.bookings.saveAndFlush(new Booking(room, organisationId, user.getEmail(), start, end));
		});
	}

	private void change(long requestId, long version, java.util.function.Consumer<HostingRequest> change) {
		inTransaction(() -> {
			HostingRequest request = this.requests.findById(requestId)
				.orElseThrow(() -> new NotFoundException("Hosting request", requestId));
			if (request.getVersion() != version) {
				throw new HostingRuleException("hosting.changedMeanwhile");
			}
			change.accept(request);
			return this.requests.saveAndFlush(request);
		});
	}

	private Site currentSite(long siteId, long version) {
		Site site = this.sites.findById(siteId).orElseThrow(() -> new NotFoundException("Site", siteId));
		if (site.getVersion() != version) {
			throw new HostingRuleException("hosting.changedMeanwhile");
		}
		return site;
	}

	private <T> T inTransaction(Supplier<T> work) {
		try {
			return this.transactions.execute((status) -> work.get());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new HostingRuleException("hosting.changedMeanwhile");
		}
		catch (DataIntegrityViolationException ex) {
			throw new HostingRuleException(messageKeyOf(ex));
		}
	}

	/** The message key telling the user which rule the database enforced. */
	static String messageKeyOf(DataIntegrityViolationException ex) {
		String constraint = constraintOf(ex).orElse("");
		return switch (constraint) {
			case "thirdplace_allocation_office_overlap" -> "hosting.approve.officeTaken";
			case "thirdplace_allocation_desks_capacity" -> "hosting.approve.full";
			case "thirdplace_booking_overlap" -> "booking.taken";
			case "thirdplace_space_site_id_name_key" -> "space.name.taken";
			case "thirdplace_space_desks_capacity" -> "space.capacity.belowTaken";
			default -> "hosting.refused";
		};
	}

	/**
	 * The name of the constraint the database enforced, found in the messages of the
	 * causes (PostgreSQL names it; the driver is not on the compile classpath).
	 */
	private static Optional<String> constraintOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			for (String name : CONSTRAINTS) {
				if (message.contains(name)) {
					return Optional.of(name);
				}
			}
		}
		return Optional.empty();
	}

	private static final List<String> CONSTRAINTS = List.of("thirdplace_allocation_office_overlap",
			"thirdplace_allocation_desks_capacity", "thirdplace_booking_overlap", "thirdplace_space_site_id_name_key",
			"thirdplace_space_desks_capacity");

	/** The organisation's requests, newest first. */
	public List<HostingRequest> requestsOf(long organisationId) {
		return this.requests.findByOrganisationIdOrderByStartsOnDescIdDesc(organisationId);
	}

	/**
	 * The requests this person sees, those waiting for a decision first: all for
	 * administrators, those of the sites they manage and for any site for staff, their
	 * organisation's for liaisons.
	 */
	@Transactional(readOnly = true)
	public List<HostingRequest> visibleTo(PasserelleUser user) {
		if (user.hasRole(Role.ADMIN)) {
			return this.requests.findAllForDecision();
		}
		if (user.hasRole(Role.STAFF)) {
			List<Long> siteIds = this.sites.findIdsByInstitutionIdIn(this.permissions.managedInstitutions(user));
			return this.requests.findForSitesOrAny(siteIds.isEmpty() ? List.of(-1L) : siteIds);
		}
		return (user.getOrganisationId() != null) ? requestsOf(user.getOrganisationId()) : List.of();
	}

	/** A request this person may see. */
	@Transactional(readOnly = true)
	public HostingRequest request(long id, PasserelleUser user) {
		return this.requests.findById(id)
			.filter((request) -> this.permissions.canSee(request, user))
			.orElseThrow(() -> new NotFoundException("Hosting request", id));
	}

	/** The requests holding spaces at the site (approved or active), by first day. */
	@Transactional(readOnly = true)
	public List<HostingRequest> hostedAt(long siteId) {
		return this.requests.findBySiteIdAndStatusIn(siteId, HostingStatus.HOLDING);
	}

	/** The site's meeting-room bookings from today for the coming weeks. */
	@Transactional(readOnly = true)
	public List<Booking> upcomingBookings(Site site, int weeks) {
		List<Long> rooms = site.spacesOf(SpaceKind.MEETING_ROOM).stream().map(Space::getId).toList();
		if (rooms.isEmpty()) {
			return List.of();
		}
		var from = this.queries.today().atStartOfDay(Sites.ZONE).toInstant();
		return this.bookings.findBetween(rooms, from, from.plus(java.time.Duration.ofDays(7L * weeks)));
	}

}
