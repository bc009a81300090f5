/**
 * Third places: campus co-working sites with their desk areas, offices and meeting rooms,
 * the hosting requests of partner organisations, the spaces allocated to them and
 * meeting-room bookings. Other modules use {@link org.passerelle.thirdplace.Sites} (a
 * site by id) and listen to {@link org.passerelle.thirdplace.HostingApproved}.
 */
@ApplicationModule(allowedDependencies = { "convention", "organisation", "shared" })
package org.passerelle.thirdplace;

import org.springframework.modulith.ApplicationModule;
