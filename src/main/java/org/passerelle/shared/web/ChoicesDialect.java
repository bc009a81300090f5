package org.passerelle.shared.web;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.IStandardExpressionParser;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

import org.springframework.stereotype.Component;

/**
 * {@code <option pa:choices="${clusterChoices}" pa:chosen="${filter.cluster}">}: the
 * options of a long list of {@link Choice}s, the chosen one selected, written at once in
 * place of the element. With {@code th:each}, {@code th:value}, {@code th:selected} and
 * {@code th:text}, Thymeleaf copied and processed the element once per choice (issue 13:
 * the 104 clusters of the directory's filters and the 210 institutions of the events'
 * were most of those pages' rendering).
 */
@Component
class ChoicesDialect extends AbstractProcessorDialect {

	static final String PREFIX = "pa";

	ChoicesDialect() {
		super("Passerelle", PREFIX, 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new ChoicesProcessor(dialectPrefix));
	}

	private static final class ChoicesProcessor extends AbstractAttributeTagProcessor {

		ChoicesProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, "option", false, "choices", true, 1000, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structureHandler) {
			IStandardExpressionParser parser = StandardExpressions.getExpressionParser(context.getConfiguration());
			Object choices = parser.parseExpression(context, attributeValue).execute(context);
			String chosenExpression = tag.getAttributeValue(getDialectPrefix(), "chosen");
			Object chosen = (chosenExpression != null)
					? parser.parseExpression(context, chosenExpression).execute(context) : null;
			String chosenValue = (chosen != null) ? String.valueOf(chosen) : null;
			StringBuilder options = new StringBuilder();
			if (choices != null) {
				for (Object item : (Iterable<?>) choices) {
					Choice choice = (Choice) item;
					options.append("<option value=\"").append(HtmlEscape.escapeHtml4Xml(choice.value())).append('"');
					if (choice.value().equals(chosenValue)) {
						options.append(" selected=\"selected\"");
					}
					options.append('>').append(HtmlEscape.escapeHtml4Xml(choice.label())).append("</option>");
				}
			}
			structureHandler.replaceWith(context.getModelFactory().createText(options), false);
		}

	}

}
