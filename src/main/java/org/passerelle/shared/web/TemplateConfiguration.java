package org.passerelle.shared.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pages' template engine (Spring Boot's) reads properties through
 * {@link KeptPropertyReaders}: its Spring standard dialect is replaced by one whose
 * expressions put the kept readers in front, with the same settings. The mails' engine
 * asks the same with {@link #withKeptReaders}. Its views are {@link PageView}s.
 */
@Configuration(proxyBeanMethods = false)
public class TemplateConfiguration {

	@Bean
	static BeanPostProcessor keptPropertyReaders() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					withKeptReaders(engine);
				}
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setViewClass(PageView.class);
				}
				return bean;
			}
		};
	}

	/**
	 * Makes the engine read properties through the kept readers, in templates processed
	 * with a {@link org.thymeleaf.spring6.expression.ThymeleafEvaluationContext} among
	 * their variables (Spring MVC's views put one; others add it themselves).
	 */
	public static void withKeptReaders(SpringTemplateEngine engine) {
		Set<IDialect> dialects = new LinkedHashSet<>();
		for (IDialect dialect : engine.getDialects()) {
			if (dialect instanceof SpringStandardDialect standard
					&& !(dialect instanceof KeptPropertyReaders.Dialect)) {
				KeptPropertyReaders.Dialect kept = new KeptPropertyReaders.Dialect();
				kept.setEnableSpringELCompiler(standard.getEnableSpringELCompiler());
				kept.setRenderHiddenMarkersBeforeCheckboxes(standard.getRenderHiddenMarkersBeforeCheckboxes());
				dialects.add(kept);
			}
			else {
				dialects.add(dialect);
			}
		}
		engine.setDialects(dialects);
	}

}
