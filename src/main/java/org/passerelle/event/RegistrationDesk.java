package org.passerelle.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * Where the public form's registrations queue when they arrive together. A registration
 * arriving while fewer than {@link #IN_FLIGHT} batches of its stripe are being made takes
 * every registration waiting for the sessions of the stripe (at most
 * {@link #MOST_AT_ONCE}) and has them made together, in arrival order; the others wait
 * until theirs is settled. A burst of registrations for one session thus takes the
 * session's row once per batch instead of once per registration, and commits once.
 * <p>
 * Two batches of a stripe are made at once, so that the second reads the session and the
 * addresses registered already while the first writes and commits. They take the
 * sessions' rows in the order they were formed ({@link Turn}), so that arrival order
 * stays the order of the places and of the waitlist. A registration whose address is in a
 * batch still being made is made alone: the index on the session's addresses then waits
 * for that batch's commit, and refuses it if the batch registered it.
 * <p>
 * Each portal instance has its own desk: each batch still counts its places under the
 * session row's lock, so several instances stay right, each batching its own.
 */
final class RegistrationDesk {

	/** The most registrations made together. */
	static final int MOST_AT_ONCE = 50;

	/** The batches of a stripe made at once. */
	static final int IN_FLIGHT = 2;

	private static final int STRIPES = 64;

	private final Stripe[] stripes = new Stripe[STRIPES];

	private final Maker maker;

	/**
	 * @param maker makes the registrations of the tickets it is given together and
	 * settles each ticket: made, refused, or to be made alone; a ticket it leaves
	 * unsettled, or every ticket if it throws, is made alone
	 */
	RegistrationDesk(Maker maker) {
		this.maker = maker;
		for (int i = 0; i < STRIPES; i++) {
			this.stripes[i] = new Stripe();
		}
	}

	/**
	 * Queues the registration and returns its settled ticket, once the registration was
	 * made with others, refused, or handed back to be made alone.
	 */
	Ticket queue(Registrations.ParticipantRequest request) {
		Stripe stripe = this.stripes[Math.floorMod(request.sessionId(), STRIPES)];
		Ticket ticket = new Ticket(request);
		stripe.lock.lock();
		try {
			stripe.waiting.add(ticket);
			while (!ticket.isSettled()) {
				if (stripe.inFlight.size() < IN_FLIGHT && !stripe.waiting.isEmpty()) {
					Batch batch = stripe.form();
					if (batch == null) {
						continue;
					}
					stripe.lock.unlock();
					try {
						make(batch);
					}
					finally {
						stripe.lock.lock();
						stripe.done(batch);
					}
				}
				else {
					stripe.changed.awaitUninterruptibly();
				}
			}
		}
		finally {
			stripe.lock.unlock();
		}
		return ticket;
	}

	/** How many registrations wait in the queue of the session's stripe. */
	int waiting(long sessionId) {
		Stripe stripe = this.stripes[Math.floorMod(sessionId, STRIPES)];
		stripe.lock.lock();
		try {
			return stripe.waiting.size();
		}
		finally {
			stripe.lock.unlock();
		}
	}

	private void make(Batch batch) {
		try {
			this.maker.make(batch.tickets, batch);
		}
		catch (RuntimeException ex) {
			// made alone below, each failing or not by itself
		}
		finally {
			batch.pass();
			// whatever happened, no owner waits for a ticket nobody settles
			for (Ticket ticket : batch.tickets) {
				if (!ticket.isSettled()) {
					ticket.makeAlone();
				}
			}
		}
	}

	/**
	 * Makes the registrations of a batch together.
	 */
	@FunctionalInterface
	interface Maker {

		/**
		 * Makes the tickets' registrations and settles each ticket.
		 * @param turn awaited before the batch takes a session's row, passed once it has
		 * taken every row it takes
		 */
		void make(List<Ticket> tickets, Turn turn);

	}

	/**
	 * The order in which the batches of a stripe take the sessions' rows: the order in
	 * which they were formed.
	 */
	interface Turn {

		/** No order to keep: a batch made outside the desk. */
		Turn NONE = new Turn() {

			@Override
			public void await() {
			}

			@Override
			public void pass() {
			}

		};

		/** Waits until the batches formed before this one have taken their rows. */
		void await();

		/** This batch has taken every row it takes: the next one may take its own. */
		void pass();

	}

	private static final class Stripe {

		private final ReentrantLock lock = new ReentrantLock();

		/** Signalled when a batch is done or passes its turn. */
		private final Condition changed = this.lock.newCondition();

		private final Queue<Ticket> waiting = new ArrayDeque<>();

		/** The batches being made. */
		private final List<Batch> inFlight = new ArrayList<>();

		/** The turns of the batches formed, and of those that passed theirs. */
		private long formed;

		private long passed;

		/**
		 * Takes the registrations waiting into a new batch; those whose address is in a
		 * batch being made are handed back to be made alone (none if every one was).
		 * Called holding the lock.
		 */
		@Nullable Batch form() {
			List<Ticket> tickets = new ArrayList<>();
			Set<String> addresses = new HashSet<>();
			Ticket next;
			while (tickets.size() < MOST_AT_ONCE && (next = this.waiting.poll()) != null) {
				String address = next.address();
				if (this.inFlight.stream().anyMatch((batch) -> batch.addresses.contains(address))) {
					next.makeAlone();
					this.changed.signalAll();
				}
				else {
					tickets.add(next);
					addresses.add(address);
				}
			}
			if (tickets.isEmpty()) {
				return null;
			}
			Batch batch = new Batch(this, tickets, addresses, ++this.formed);
			this.inFlight.add(batch);
			return batch;
		}

		/** The batch is made and its tickets settled. Called holding the lock. */
		void done(Batch batch) {
			this.inFlight.remove(batch);
			this.changed.signalAll();
		}

	}

	private static final class Batch implements Turn {

		private final Stripe stripe;

		private final List<Ticket> tickets;

		/** The session and address (in lower case) of each registration. */
		private final Set<String> addresses;

		private final long turn;

		Batch(Stripe stripe, List<Ticket> tickets, Set<String> addresses, long turn) {
			this.stripe = stripe;
			this.tickets = tickets;
			this.addresses = addresses;
			this.turn = turn;
		}

		@Override
		public void await() {
			this.stripe.lock.lock();
			try {
				awaitHoldingTheLock();
			}
			finally {
				this.stripe.lock.unlock();
			}
		}

		@Override
		public void pass() {
			this.stripe.lock.lock();
			try {
				if (this.stripe.passed >= this.turn) {
					return;
				}
				awaitHoldingTheLock();
				this.stripe.passed = this.turn;
				this.stripe.changed.signalAll();
			}
			finally {
				this.stripe.lock.unlock();
			}
		}

		private void awaitHoldingTheLock() {
			while (this.stripe.passed < this.turn - 1) {
				this.stripe.changed.awaitUninterruptibly();
			}
		}

	}

	/**
	 * A registration in the queue and, once settled, what became of it: settled once, by
	 * the thread making its batch, and read by its owner.
	 */
	static final class Ticket {

		private final Registrations.ParticipantRequest request;

		private volatile @Nullable Registration made;

		private volatile @Nullable RuntimeException refusal;

		private volatile boolean alone;

		Ticket(Registrations.ParticipantRequest request) {
			this.request = request;
		}

		Registrations.ParticipantRequest request() {
			return this.request;
		}

		/** The session and the address in lower case. */
		private String address() {
			return this.request.sessionId() + " " + this.request.participant().email().toLowerCase(Locale.ROOT);
		}

		void made(Registration registration) {
			this.made = registration;
		}

		void refused(RuntimeException refusal) {
			this.refusal = refusal;
		}

		/** Not made with others: its owner makes it in a transaction of its own. */
		void makeAlone() {
			this.alone = true;
		}

		boolean isSettled() {
			return this.made != null || this.refusal != null || this.alone;
		}

		boolean isAlone() {
			return this.alone;
		}

		/** The registration made, or the reason it was refused. */
		Registration registration() {
			if (this.refusal != null) {
				throw this.refusal;
			}
			if (this.made == null) {
				throw new IllegalStateException("Not made with others");
			}
			return this.made;
		}

	}

}
