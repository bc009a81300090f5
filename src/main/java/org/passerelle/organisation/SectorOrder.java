package org.passerelle.organisation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.passerelle.shared.NameOrder;

/**
 * The sectors in the order a person looks for them in a list or among boxes to tick: by
 * their name in the reader's language, alphabetically, "Other" last.
 */
@Component
public class SectorOrder {

	private final MessageSource messages;

	private final Map<String, List<Sector>> byLanguage = new ConcurrentHashMap<>();

	SectorOrder(MessageSource messages) {
		this.messages = messages;
	}

	/** The sectors by their names in this locale's language, "Other" last. */
	public List<Sector> in(Locale locale) {
		return this.byLanguage.computeIfAbsent(locale.getLanguage(), (language) -> sorted(locale));
	}

	/** The sectors by their names in the language of the request being answered. */
	public List<Sector> inRequestLanguage() {
		return in(LocaleContextHolder.getLocale());
	}

	private List<Sector> sorted(Locale locale) {
		Comparator<Sector> otherLast = Comparator.comparing((Sector sector) -> sector == Sector.OTHER);
		return Arrays.stream(Sector.values())
			.sorted(otherLast.thenComparing(NameOrder
				.by((Sector sector) -> this.messages.getMessage(sector.messageKey(), null, sector.name(), locale))))
			.toList();
	}

}
