package org.passerelle.event;

/**
 * Who a registration is for: an organisation's employee, registered by their liaison, or
 * a participant (student, researcher, visitor) who registered on the public form.
 */
public enum RegistrationKind {

	ORGANISATION, PARTICIPANT

}
