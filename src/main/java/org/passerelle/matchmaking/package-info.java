/**
 * Matchmaking at events: the speed-meeting rotation (participants in small groups meeting
 * a different industrialist at each round, solved with Timefold) and the assignment of
 * participants to a session's workshops by ranked choice (an exact minimum-cost flow with
 * JGraphT). Reads sessions and registrations through the event module's public API.
 */
@ApplicationModule(allowedDependencies = { "event", "organisation", "shared" })
package org.passerelle.matchmaking;

import org.springframework.modulith.ApplicationModule;
