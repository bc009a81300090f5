package org.passerelle.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the directory.
 *
 * @param importMaxRows how many rows a CSV import may have
 * @param mergeUndoDays for how many days after a merge an administrator may undo it
 */
@ConfigurationProperties("passerelle.organisation")
public record OrganisationSettings(@DefaultValue("100000") int importMaxRows, @DefaultValue("30") int mergeUndoDays) {

}
