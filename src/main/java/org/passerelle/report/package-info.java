/**
 * Dashboards and figures: the home page and, later, reports that read the other modules
 * through their public API.
 */
package org.passerelle.report;
