package org.passerelle.convention;

/**
 * The side a party signs on: an institution (university, school...) or a partner
 * organisation (company, public body, cluster...).
 */
public enum PartyRole {

	INSTITUTION, PARTNER

}
