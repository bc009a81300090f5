package org.passerelle.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Where the public form's registrations queue when they arrive together. The first in
 * line takes every registration waiting for the sessions of its stripe (at most
 * {@link #MOST_AT_ONCE}) and has them made together, in arrival order; the others wait
 * until theirs is settled. A burst of registrations for one session thus takes the
 * session's row once per batch instead of once per registration, and commits once.
 * <p>
 * Each portal instance has its own desk: each batch still counts its places under the
 * session row's lock, so several instances stay right, each batching its own.
 */
final class RegistrationDesk {

	/** The most registrations made together. */
	static final int MOST_AT_ONCE = 50;

	private static final int STRIPES = 64;

	private final Stripe[] stripes = new Stripe[STRIPES];

	private final Consumer<List<Ticket>> together;

	/**
	 * @param together makes the registrations of the tickets it is given together and
	 * settles each ticket: made, refused, or to be made alone; a ticket it leaves
	 * unsettled, or every ticket if it throws, is made alone
	 */
	RegistrationDesk(Consumer<List<Ticket>> together) {
		this.together = together;
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
		stripe.waiting.add(ticket);
		while (!ticket.isSettled()) {
			stripe.lock.lock();
			try {
				if (!ticket.isSettled()) {
					makeTogether(stripe);
				}
			}
			finally {
				stripe.lock.unlock();
			}
		}
		return ticket;
	}

	/** How many registrations wait in the queue of the session's stripe. */
	int waiting(long sessionId) {
		return this.stripes[Math.floorMod(sessionId, STRIPES)].waiting.size();
	}

	private void makeTogether(Stripe stripe) {
		List<Ticket> batch = new ArrayList<>();
		Ticket next;
		while (batch.size() < MOST_AT_ONCE && (next = stripe.waiting.poll()) != null) {
			batch.add(next);
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			this.together.accept(batch);
		}
		catch (RuntimeException ex) {
			// made alone below, each failing or not by itself
		}
		for (Ticket ticket : batch) {
			if (!ticket.isSettled()) {
				ticket.makeAlone();
			}
		}
	}

	private static final class Stripe {

		private final ReentrantLock lock = new ReentrantLock();

		private final Queue<Ticket> waiting = new ConcurrentLinkedQueue<>();

	}

	/**
	 * A registration in the queue and, once settled, what became of it: settled once, by
	 * the thread holding the stripe's lock, and read by its owner.
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
