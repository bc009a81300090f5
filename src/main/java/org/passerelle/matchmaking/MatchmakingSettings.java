package org.passerelle.matchmaking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of matchmaking.
 *
 * @param solverTimeLimit how long the rotation solver may search at most (it stops
 * earlier when every wish is met or nothing improves for a quarter of it): generation is
 * a staff request, so this bounds its wait
 */
@ConfigurationProperties("passerelle.matchmaking")
public record MatchmakingSettings(@DefaultValue("2s") Duration solverTimeLimit) {

}
