package org.passerelle.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.passerelle.notification.Letter.Paragraph;
import org.passerelle.shared.web.TemplateConfiguration;

/**
 * Renders a mail's plain-text and HTML parts from the templates {@code mail/mail.txt} and
 * {@code mail/mail.html}, with the portal's messages in the reader's language. Its own
 * template engine: the pages' engine stays as Spring Boot configures it. Like the pages,
 * it reads properties through the readers kept per class and property (rendering a
 * registration's mail looked every getter up again: two fifths of a mail's processor time
 * in issue 13's registration burst).
 */
@Component
class MailTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final ApplicationContext application;

	MailTemplates(MessageSource messages, ApplicationContext application) {
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
		this.engine.setTemplateEngineMessageSource(messages);
		TemplateConfiguration.withKeptReaders(this.engine);
		this.application = application;
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String names, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(java.util.Set.of(names));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(order);
		resolver.setCheckExistence(true);
		return resolver;
	}

	/** One mail: its subject as heading, its body. */
	Rendered letter(Letter letter, Locale locale) {
		return render(letter.subject(), List.of(), List.of(new Section(null, letter.paragraphs())), List.of(), locale);
	}

	/**
	 * A mail of several parts (a digest): an introduction, one section per mail, a
	 * closing note.
	 */
	Rendered render(String subject, List<Paragraph> intro, List<Section> sections, List<Paragraph> closing,
			Locale locale) {
		Context context = new Context(locale,
				Map.of("subject", subject, "intro", intro, "sections", sections, "closing", closing, "language",
						locale.getLanguage(),
						ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
						new ThymeleafEvaluationContext(this.application, null)));
		return new Rendered(subject, this.engine.process("mail.txt", context).strip() + "\n",
				this.engine.process("mail.html", context));
	}

	/**
	 * A part of a mail under its own heading.
	 *
	 * @param heading the heading, or {@code null} for the mail's only part
	 * @param paragraphs its paragraphs
	 */
	record Section(@Nullable String heading, List<Paragraph> paragraphs) {

	}

	/**
	 * A mail ready to go.
	 *
	 * @param subject its subject
	 * @param text its plain-text part
	 * @param html its HTML part
	 */
	record Rendered(String subject, String text, String html) {

	}

}
