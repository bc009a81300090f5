package org.passerelle.matchmaking;

import java.time.LocalTime;

/**
 * How a speed meeting runs: how many rounds, how long each, and when the first starts.
 *
 * @param rounds the number of rounds
 * @param minutes each round's length
 * @param firstRoundAt when the first round starts (Paris time)
 */
public record RoundPlan(int rounds, int minutes, LocalTime firstRoundAt) {

}
