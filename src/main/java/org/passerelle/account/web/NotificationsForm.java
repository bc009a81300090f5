package org.passerelle.account.web;

import java.util.EnumMap;
import java.util.Map;

import org.passerelle.account.Delivery;
import org.passerelle.account.NotificationTopic;

/**
 * A person's choices of mail: for each topic, how they receive it.
 */
public class NotificationsForm {

	private Map<NotificationTopic, Delivery> choices = new EnumMap<>(NotificationTopic.class);

	static NotificationsForm of(Map<NotificationTopic, Delivery> choices) {
		NotificationsForm form = new NotificationsForm();
		form.choices.putAll(choices);
		return form;
	}

	public Map<NotificationTopic, Delivery> getChoices() {
		return this.choices;
	}

	public void setChoices(Map<NotificationTopic, Delivery> choices) {
		this.choices = choices;
	}

}
