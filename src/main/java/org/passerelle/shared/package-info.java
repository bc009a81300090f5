/**
 * What every module may use: roles and the signed-in user, the not-found exception,
 * security configuration, locale handling and layout advice.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.passerelle.shared;
