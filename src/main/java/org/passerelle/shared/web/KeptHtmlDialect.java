package org.passerelle.shared.web;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * {@code <th:block pa:html="${listing}"></th:block>}: the element replaced by a
 * {@link KeptHtml} as it is (unescaped, as {@code th:utext} writes HTML), which the
 * page's writer sends as its bytes. Anything else (a string, nothing) is written as its
 * text, as {@code th:utext} would.
 */
@Component
class KeptHtmlDialect extends AbstractProcessorDialect {

	KeptHtmlDialect() {
		super("Passerelle kept HTML", ChoicesDialect.PREFIX, 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new HtmlProcessor(dialectPrefix));
	}

	private static final class HtmlProcessor extends AbstractAttributeTagProcessor {

		/** After {@code th:if} and {@code th:each}, as {@code th:utext} (1400). */
		private static final int PRECEDENCE = 1400;

		HtmlProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, "html", true, PRECEDENCE, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structureHandler) {
			Object html = StandardExpressions.getExpressionParser(context.getConfiguration())
				.parseExpression(context, attributeValue)
				.execute(context);
			// the kept HTML itself becomes the text: Thymeleaf then lets it write itself
			CharSequence text = (html instanceof KeptHtml kept) ? kept : (html != null) ? html.toString() : "";
			structureHandler.replaceWith(text, false);
		}

	}

}
