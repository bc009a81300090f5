/**
 * The directory: institutions and their components, partner organisations, clusters and
 * contacts.
 */
package org.passerelle.organisation;
