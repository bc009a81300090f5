package org.passerelle.shared.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code pa:choices} writes a long list's options in place of its element: values and
 * labels escaped, the chosen one selected, whatever the type of the chosen value.
 */
class ChoicesDialectTests {

	private static final String SELECT = "<select name=\"cluster\"><option value=\"\">Tous</option>"
			+ "<option pa:choices=\"${choices}\" pa:chosen=\"${chosen}\">Eurobiomed</option></select>";

	private final SpringTemplateEngine engine = engine();

	private final List<Choice> clusters = Choice.of(List.of(12L, 7L, 30L), (id) -> id,
			(id) -> Map.of(12L, "Eurobiomed", 7L, "Pôle R&D <Sud>", 30L, "Aerospace Valley").get(id));

	@Test
	void theOptionsAreWrittenInOrderTheChosenOneSelected() {
		assertThat(render(7L)).isEqualTo(
				"<select name=\"cluster\"><option value=\"\">Tous</option>" + "<option value=\"12\">Eurobiomed</option>"
						+ "<option value=\"7\" selected=\"selected\">Pôle R&amp;D &lt;Sud&gt;</option>"
						+ "<option value=\"30\">Aerospace Valley</option></select>");
	}

	@Test
	void nothingChosenNothingSelected() {
		assertThat(render(null)).doesNotContain("selected").contains("<option value=\"30\">Aerospace Valley</option>");
		assertThat(render("30")).contains("<option value=\"30\" selected=\"selected\">Aerospace Valley</option>");
	}

	@Test
	void anEmptyListLeavesTheFirstOptionAlone() {
		Context context = new Context();
		context.setVariable("choices", List.of());
		assertThat(this.engine.process(SELECT, context))
			.isEqualTo("<select name=\"cluster\"><option value=\"\">Tous</option></select>");
	}

	private String render(Object chosen) {
		Context context = new Context();
		context.setVariable("choices", this.clusters);
		context.setVariable("chosen", chosen);
		return this.engine.process(SELECT, context);
	}

	private static SpringTemplateEngine engine() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.addDialect(new ChoicesDialect());
		return engine;
	}

}
