/**
 * Outgoing mail: listens to the other modules' events and writes to the people concerned.
 * Events are kept by Spring Modulith's event publication registry until the mail is sent,
 * so a mail server that is down delays a mail but does not lose it.
 */
@ApplicationModule(allowedDependencies = { "account", "convention", "event", "shared", "stand", "thirdplace" })
package org.passerelle.notification;

import org.springframework.modulith.ApplicationModule;
