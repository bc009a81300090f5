package org.passerelle.account;

import java.util.Locale;

/**
 * What an entry of the audit log records.
 */
public enum AuditKind {

	/** Someone signed in, with a password or through an identity provider. */
	SIGN_IN,

	/**
	 * A sign-in was refused: wrong password, locked or deactivated account, refused by
	 * single sign-on.
	 */
	SIGN_IN_FAILED,

	/** A person of an identity provider was linked to an existing account. */
	SSO_LINKED,

	/** An account was created on its first sign-in through an identity provider. */
	SSO_ACCOUNT_CREATED,

	/** Someone changed their own password. */
	PASSWORD_CHANGED,

	/** A password was chosen through a reset link. */
	PASSWORD_RESET,

	/** An administrator had a password link mailed to someone. */
	PASSWORD_LINK_SENT,

	/** An administrator changed someone's role. */
	ROLE_CHANGED,

	/**
	 * An identity provider's claims changed someone's role or organisation at a later
	 * sign-in.
	 */
	SSO_ROLE_CHANGED,

	/** Someone added a passkey to their account. */
	PASSKEY_ADDED,

	/** Someone removed one of their passkeys. */
	PASSKEY_REMOVED,

	/**
	 * Two organisations of the directory were merged (their accounts moved with them).
	 */
	ORGANISATIONS_MERGED,
	/**
	 * An administrator undid a merge of two organisations (the accounts moved back with
	 * the rest).
	 */
	ORGANISATION_MERGE_UNDONE;

	/** The message key of this kind's label. */
	public String messageKey() {
		return "audit.kind." + name().toLowerCase(Locale.ROOT);
	}

}
