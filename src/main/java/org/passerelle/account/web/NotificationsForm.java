package org.passerelle.account.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.passerelle.account.Delivery;
import org.passerelle.account.NotificationTopic;

/**
 * A person's choices of mail: for each topic, how they receive it, and their language.
 */
public class NotificationsForm {

	private Map<NotificationTopic, Delivery> choices = new EnumMap<>(NotificationTopic.class);

	private String language = "fr";

	static NotificationsForm of(Map<NotificationTopic, Delivery> choices, Locale language) {
		NotificationsForm form = new NotificationsForm();
		form.choices.putAll(choices);
		form.language = language.getLanguage();
		return form;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Map<NotificationTopic, Delivery> getChoices() {
		return this.choices;
	}

	public void setChoices(Map<NotificationTopic, Delivery> choices) {
		this.choices = choices;
	}

}
