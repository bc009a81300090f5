/**
 * Stands at events: the stand types an event offers with their price, the stands
 * companies apply for, alone or shared by several SMEs who split the fee, and the stand
 * numbers staff give per site and day. Rules live in {@link org.passerelle.stand.Stand};
 * the fee split is {@link org.passerelle.stand.FeeSplit}; who may do what is
 * {@link org.passerelle.stand.StandPermissions}. The notification module listens to
 * {@link org.passerelle.stand.StandAccepted} and
 * {@link org.passerelle.stand.StandDeclined}.
 */
@ApplicationModule(allowedDependencies = { "event", "organisation", "shared" })
package org.passerelle.stand;

import org.springframework.modulith.ApplicationModule;
