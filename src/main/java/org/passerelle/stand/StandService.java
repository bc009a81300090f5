package org.passerelle.stand;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.passerelle.event.Event;
import org.passerelle.event.EventStatus;
import org.passerelle.event.Events;
import org.passerelle.event.Session;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * What people do with stand types and stands, each in its own transaction. A change the
 * database refuses (no stand of the type left at a session, a stand number given already,
 * a change made meanwhile by someone else) comes back as a {@link StandRefusedException}
 * whose key says why, never as a server error. Permissions are the callers' to check with
 * {@link StandPermissions}.
 */
@Service
public class StandService {

	private final StandTypeRepository types;

	private final StandRepository stands;

	private final StandStock stock;

	private final Events events;

	private final Organisations organisations;

	private final TransactionTemplate transactions;

	StandService(StandTypeRepository types, StandRepository stands, StandStock stock, Events events,
			Organisations organisations, PlatformTransactionManager transactionManager) {
		this.types = types;
		this.stands = stands;
		this.stock = stock;
		this.events = events;
		this.organisations = organisations;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	// Reading

	/** The event's stand types, dearest first. */
	public List<StandType> types(long eventId) {
		return this.types.findByEventIdOrderByPriceCentsDescIdAsc(eventId);
	}

	/** The stand type of the event. */
	public StandType type(long eventId, long typeId) {
		return this.types.findById(typeId)
			.filter((type) -> type.getEventId() == eventId)
			.orElseThrow(() -> new NotFoundException("StandType", typeId));
	}

	/** The stand with its companies and numbers. */
	public Stand stand(long id) {
		return inTransaction(
				() -> loaded(this.stands.findById(id).orElseThrow(() -> new NotFoundException("Stand", id))));
	}

	/** Every stand of the event, in the order they were applied for. */
	public List<Stand> standsOf(long eventId) {
		return inTransaction(() -> this.stands.findByEventIdOrderByIdAsc(eventId).stream().map(this::loaded).toList());
	}

	/** The stands the organisation leads, has joined or is invited to, at every event. */
	public List<Stand> involving(long organisationId) {
		return inTransaction(() -> this.stands.involving(organisationId).stream().map(this::loaded).toList());
	}

	/** How many stands of each type (by id) each session (by id) has given out. */
	public Map<Long, Map<Long, Integer>> taken(long eventId) {
		return this.stock.takenByTypeAndSession(eventId);
	}

	private Stand loaded(Stand stand) {
		// through the read-only views: size() reaches the persistent collections
		stand.getCompanies().size();
		stand.getPlacements().size();
		return stand;
	}

	// What staff do

	/**
	 * @throws StandRefusedException if the event is over or cancelled, the details break
	 * a rule, or the event has a type of that name already
	 */
	public StandType addType(Event event, StandTypeDetails details) {
		if (event.getStatus() != EventStatus.DRAFT && event.getStatus() != EventStatus.PUBLISHED) {
			throw new StandRefusedException("stand.type.refused.eventClosed");
		}
		try {
			return inTransaction(() -> this.types.saveAndFlush(new StandType(event.getId(), details)));
		}
		catch (DataIntegrityViolationException ex) {
			throw new StandRefusedException("stand.type.refused.nameTaken");
		}
	}

	/**
	 * Accepts the stand with its number at each session, taking one stand of its type at
	 * each.
	 * @throws StandRefusedException if a session has no stand of the type left, a number
	 * is given already at a session, or the stand's rules refuse
	 */
	public Stand accept(long standId, long version, Map<Long, String> numbers, PasserelleUser user) {
		return inTransaction(() -> {
			Stand stand = current(standId, version);
			Event event = this.events.find(stand.getEventId(), user);
			StandType type = this.types.findById(stand.getStandTypeId()).orElseThrow();
			stand.accept(event, type, numbers, user.getUsername());
			for (Session session : event.getSessions()) {
				if (!this.stock.take(type, session.getId())) {
					throw new StandRefusedException("stand.refused.noneLeft");
				}
			}
			return loaded(this.stands.saveAndFlush(stand));
		});
	}

	/**
	 * @throws StandRefusedException if the stand is decided or the reason is blank
	 */
	public Stand decline(long standId, long version, String reason, PasserelleUser user) {
		return inTransaction(() -> {
			Stand stand = current(standId, version);
			stand.decline(this.events.find(stand.getEventId(), user), reason, user.getUsername());
			return this.stands.saveAndFlush(stand);
		});
	}

	// What liaisons do

	/**
	 * The liaison's organisation applies for a stand of the type, alone or to share it.
	 * @throws StandRefusedException if the event is not published or the stand's rules
	 * refuse
	 */
	public Stand apply(Event event, long typeId, boolean shared, PasserelleUser liaison) {
		if (event.getStatus() != EventStatus.PUBLISHED) {
			throw new StandRefusedException("stand.refused.notPublished");
		}
		StandType type = type(event.getId(), typeId);
		return inTransaction(() -> this.stands.saveAndFlush(
				new Stand(type, liaison.getOrganisationId(), shared, liaison.getDisplayName(), liaison.getEmail())));
	}

	/**
	 * The lead invites a company of the directory to share the stand.
	 * @throws StandRefusedException if the organisation is not a partner of the
	 * directory, or the stand's rules refuse
	 */
	public Stand invite(long standId, long version, long organisationId) {
		Organisation invited = this.organisations.find(organisationId)
			.filter((organisation) -> organisation.isActive() && !organisation.isInstitution())
			.orElseThrow(() -> new StandRefusedException("stand.refused.notAPartner"));
		return inTransaction(() -> {
			Stand stand = current(standId, version);
			stand.invite(invited.getId());
			return this.stands.saveAndFlush(stand);
		});
	}

	public Stand changeSplit(long standId, long version, Split split, Map<Long, Integer> shares) {
		return inTransaction(() -> {
			Stand stand = current(standId, version);
			stand.changeSplit(split, shares);
			return this.stands.saveAndFlush(stand);
		});
	}

	public Stand withdraw(long standId, long version) {
		return inTransaction(() -> {
			Stand stand = current(standId, version);
			stand.withdraw();
			return this.stands.saveAndFlush(stand);
		});
	}

	/** The liaison's company joins the stand it was invited to. */
	public Stand join(long standId, PasserelleUser liaison) {
		return inTransaction(() -> {
			Stand stand = this.stands.findById(standId).orElseThrow(() -> new NotFoundException("Stand", standId));
			stand.join(liaison.getOrganisationId(), liaison.getDisplayName(), liaison.getEmail());
			return this.stands.saveAndFlush(stand);
		});
	}

	/** The liaison's company says no to the stand it was invited to. */
	public Stand refuseInvitation(long standId, PasserelleUser liaison) {
		return inTransaction(() -> {
			Stand stand = this.stands.findById(standId).orElseThrow(() -> new NotFoundException("Stand", standId));
			stand.refuseInvitation(liaison.getOrganisationId());
			return this.stands.saveAndFlush(stand);
		});
	}

	private Stand current(long standId, long version) {
		Stand stand = this.stands.findById(standId).orElseThrow(() -> new NotFoundException("Stand", standId));
		if (stand.getVersion() != version) {
			throw new StandRefusedException("stand.refused.changedMeanwhile");
		}
		return stand;
	}

	private <T> T inTransaction(Supplier<T> work) {
		try {
			return this.transactions.execute((status) -> work.get());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StandRefusedException("stand.refused.changedMeanwhile");
		}
		catch (DataIntegrityViolationException ex) {
			String message = String.valueOf(ex.getMostSpecificCause().getMessage());
			if (message.contains("stand_placement_number_once")) {
				throw new StandRefusedException("stand.refused.numberTaken");
			}
			if (message.contains("stand_stock_never_over")) {
				throw new StandRefusedException("stand.refused.noneLeft");
			}
			throw ex;
		}
	}

}
