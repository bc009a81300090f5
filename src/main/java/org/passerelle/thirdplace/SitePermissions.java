package org.passerelle.thirdplace;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import org.passerelle.convention.ConventionPermissions;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Who may see or change which site, hosting request and booking: the one place the pages,
 * the services and the templates ({@code @sitePermissions} in Thymeleaf) ask.
 * <ul>
 * <li>Administrators see and change everything (they belong to no organisation, so they
 * ask to be hosted for nobody).</li>
 * <li>The staff of a site's institution (or of its parent institution) manage the site
 * and its spaces, see who is hosted there, book its meeting rooms and decide the requests
 * made for it; any staff member decides the requests made for "any site", by approving
 * them at a site they manage.</li>
 * <li>Liaisons ask for their own organisation to be hosted, see and withdraw their
 * organisation's requests, and book the meeting rooms of a site where their organisation
 * is hosted (approved or active).</li>
 * <li>Everyone signed in sees the sites, their spaces and their occupancy (how full, not
 * who). Nobody signed out sees any of it: the sites' pages are for partners of the
 * portal, and the universities publish their third places on their own websites.</li>
 * </ul>
 * It opens no transaction of its own: templates ask it, some once a row, and what it
 * reads (ids) comes in one statement, in the caller's transaction or the repository's.
 */
@Service("sitePermissions")
public class SitePermissions {

	private final ConventionPermissions conventions;

	private final HostingRequestRepository requests;

	SitePermissions(ConventionPermissions conventions, HostingRequestRepository requests) {
		this.conventions = conventions;
		this.requests = requests;
	}

	/** Whether this person sees the sites (everyone signed in). */
	public boolean canSeeSites(@Nullable PasserelleUser user) {
		return user != null;
	}

	/** The institutions whose sites this staff member manages. */
	public Set<Long> managedInstitutions(@Nullable PasserelleUser user) {
		return (user != null && user.hasRole(Role.STAFF)) ? this.conventions.actingFor(user) : Set.of();
	}

	/**
	 * Whether this person creates sites (staff for their institution, administrators).
	 */
	public boolean canCreateSite(@Nullable PasserelleUser user) {
		return user != null && (user.hasRole(Role.ADMIN) || user.hasRole(Role.STAFF));
	}

	/** Whether this person creates a site for the given institution. */
	public boolean canCreateSiteFor(long institutionId, @Nullable PasserelleUser user) {
		return user != null && (user.hasRole(Role.ADMIN) || managedInstitutions(user).contains(institutionId));
	}

	/**
	 * Whether this person manages the site: changes it and its spaces, sees who is
	 * hosted.
	 */
	public boolean canManage(Site site, @Nullable PasserelleUser user) {
		return canCreateSiteFor(site.getInstitutionId(), user);
	}

	/** Whether this person asks to be hosted (a liaison, for their organisation). */
	public boolean canRequest(@Nullable PasserelleUser user) {
		return user != null && user.hasRole(Role.LIAISON) && user.getOrganisationId() != null;
	}

	/** Whether this person sees the request. */
	public boolean canSee(HostingRequest request, @Nullable PasserelleUser user) {
		return canWithdraw(request, user) || canDecide(request, null, user);
	}

	/**
	 * Whether this person withdraws the request (its organisation's liaisons,
	 * administrators).
	 */
	public boolean canWithdraw(HostingRequest request, @Nullable PasserelleUser user) {
		return user != null && (user.hasRole(Role.ADMIN)
				|| (user.hasRole(Role.LIAISON) && user.belongsTo(request.getOrganisationId())));
	}

	/**
	 * Whether this person decides the request: the staff of its site's institution, any
	 * staff for a request for any site, administrators.
	 * @param site the request's site, when the caller has it (null: looked at by id)
	 */
	public boolean canDecide(HostingRequest request, @Nullable Site site, @Nullable PasserelleUser user) {
		if (user == null) {
			return false;
		}
		if (user.hasRole(Role.ADMIN)) {
			return true;
		}
		if (!user.hasRole(Role.STAFF)) {
			return false;
		}
		if (request.getSiteId() == null) {
			return true;
		}
		return site != null ? canManage(site, user) : managesSite(request.getSiteId(), user);
	}

	private boolean managesSite(long siteId, PasserelleUser user) {
		return this.requests.findSiteInstitution(siteId).map(managedInstitutions(user)::contains).orElse(false);
	}

	/**
	 * Whether this person books the site's meeting rooms: the site's staff,
	 * administrators, and the liaisons of an organisation hosted there.
	 */
	public boolean canBook(Site site, @Nullable PasserelleUser user) {
		if (user == null || site.getStatus() != SiteStatus.OPEN) {
			return false;
		}
		if (canManage(site, user)) {
			return true;
		}
		return user.hasRole(Role.LIAISON) && user.getOrganisationId() != null && this.requests
			.existsByOrganisationIdAndSiteIdAndStatusIn(user.getOrganisationId(), site.getId(), HostingStatus.HOLDING);
	}

	/**
	 * The statuses of requests whose hosted organisations are listed on a site's page.
	 */
	static List<HostingStatus> listedAsHosted() {
		return HostingStatus.HOLDING;
	}

}
