/**
 * People who sign in: accounts, roles, sign-in throttling, password changes and the
 * administrators' user management.
 */
package org.passerelle.account;
