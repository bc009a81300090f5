package org.passerelle.shared.web;

import java.io.File;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Templates read properties through the readers kept per class and name, in front of
 * Thymeleaf's accessor, which still decides what may be read.
 */
class KeptPropertyReadersTests {

	private final SpringTemplateEngine engine = engine();

	@Test
	void aPropertyIsReadThroughAReaderKeptForItsClass() {
		ThymeleafEvaluationContext evaluation = evaluation();

		String page = render("[[${partner.name}]] ([[${partner.city}]])", evaluation, "partner",
				new Partner("Provepharm", "Marseille"));

		assertThat(page).isEqualTo("Provepharm (Marseille)");
		assertThat(evaluation.getPropertyAccessors()).first().isSameAs(KeptPropertyReaders.INSTANCE);
		assertThat(KeptPropertyReaders.INSTANCE.keeps(Partner.class, "name")).isTrue();
		assertThat(render("[[${partner.name}]]", evaluation(), "partner", new Partner("Naval Group", "Toulon")))
			.isEqualTo("Naval Group");
	}

	@Test
	void whatThymeleafForbidsIsStillRefusedAndNeverKept() {
		assertThatThrownBy(() -> render("[[${file.path}]]", evaluation(), "file", new File("/etc/passwd")))
			.isInstanceOf(TemplateProcessingException.class)
			.rootCause()
			.hasMessageContaining("forbidden");
		assertThat(KeptPropertyReaders.INSTANCE.keeps(File.class, "path")).isFalse();
	}

	@Test
	void mapsAndMissingPropertiesAreLeftToThymeleaf() {
		assertThat(render("[[${figures.students}]]", evaluation(), "figures", Map.of("students", 78000)))
			.isEqualTo("78000");
		assertThatThrownBy(() -> render("[[${partner.siren}]]", evaluation(), "partner", new Partner("ENSCM", "Nîmes")))
			.isInstanceOf(TemplateProcessingException.class)
			.rootCause()
			.hasMessageContaining("siren");
		assertThat(KeptPropertyReaders.INSTANCE.keeps(Partner.class, "siren")).isFalse();
	}

	private String render(String template, ThymeleafEvaluationContext evaluation, String name, Object value) {
		Context context = new Context();
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
		context.setVariable(name, value);
		return this.engine.process(template, context);
	}

	private static ThymeleafEvaluationContext evaluation() {
		StaticApplicationContext application = new StaticApplicationContext();
		application.refresh();
		return new ThymeleafEvaluationContext(application, null);
	}

	private static SpringTemplateEngine engine() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		TemplateConfiguration.withKeptReaders(engine);
		return engine;
	}

	/** A template's object, with getters as the portal's entities have. */
	public static final class Partner {

		private final String name;

		private final String city;

		Partner(String name, String city) {
			this.name = name;
			this.city = city;
		}

		public String getName() {
			return this.name;
		}

		public String getCity() {
			return this.city;
		}

	}

}
