package org.passerelle.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.spring6.expression.SPELVariableExpressionEvaluator;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;

/**
 * Reads the templates' properties ({@code ${organisation.name}}) with the reader found
 * the first time for each class and property, in front of Thymeleaf's own accessor.
 * Spring Framework 7.0's expressions keep the accessor they found for a property but
 * never use it again (spring-framework#36987, fixed in 7.1): each read asked Thymeleaf's
 * accessor again, which looked the getter up and checked, through streams over its lists
 * of forbidden packages and types, that it may be called (issue 13: a sixth of the
 * request threads' time on the directory and a session's registrations).
 * <p>
 * What may be read is still Thymeleaf's decision: a property is kept once Thymeleaf's
 * accessor has said it may be read (a forbidden one throws, as before, and is never
 * kept); what Thymeleaf reads its own way (a map's keys, a class's static members, an
 * array's length) is left to it. In Thymeleaf's restricted mode (expressions built from
 * request parameters), its own accessors only are used.
 */
final class KeptPropertyReaders implements PropertyAccessor {

	static final KeptPropertyReaders INSTANCE = new KeptPropertyReaders();

	private final ReflectivePropertyAccessor reflective = new ReflectivePropertyAccessor(false);

	private final ClassValue<Map<String, PropertyAccessor>> readers = new ClassValue<>() {
		@Override
		protected Map<String, PropertyAccessor> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}
	};

	private KeptPropertyReaders() {
	}

	@Override
	public Class<?> @Nullable [] getSpecificTargetClasses() {
		return null;
	}

	@Override
	public boolean canRead(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
		if (target == null || target instanceof Class<?> || target instanceof Map<?, ?>
				|| target.getClass().isArray()) {
			return false;
		}
		Map<String, PropertyAccessor> ofType = this.readers.get(target.getClass());
		if (ofType.containsKey(name)) {
			return true;
		}
		PropertyAccessor thymeleafs = nextGeneral(context);
		// Thymeleaf's accessor throws if the property is forbidden
		if (thymeleafs == null || !thymeleafs.canRead(context, target, name)) {
			return false;
		}
		PropertyAccessor reader = this.reflective.createOptimalAccessor(context, target, name);
		if (reader == this.reflective) {
			return false;
		}
		ofType.put(name, reader);
		return true;
	}

	@Override
	public TypedValue read(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
		PropertyAccessor reader = (target != null) ? this.readers.get(target.getClass()).get(name) : null;
		if (reader == null) {
			throw new AccessException("No kept reader for '" + name + "'");
		}
		return reader.read(context, target, name);
	}

	@Override
	public boolean canWrite(EvaluationContext context, @Nullable Object target, String name) {
		return false;
	}

	@Override
	public void write(EvaluationContext context, @Nullable Object target, String name, @Nullable Object newValue)
			throws AccessException {
		throw new AccessException("Templates do not write properties");
	}

	/** Whether a reader is kept for the property of the class. */
	boolean keeps(Class<?> type, String name) {
		return this.readers.get(type).containsKey(name);
	}

	/** The general accessor that comes after this one: Thymeleaf's. */
	private @Nullable PropertyAccessor nextGeneral(EvaluationContext context) {
		for (PropertyAccessor accessor : context.getPropertyAccessors()) {
			if (accessor != this && accessor.getSpecificTargetClasses() == null) {
				return accessor;
			}
		}
		return null;
	}

	/** Puts the kept readers in front of the page's evaluation context's accessors. */
	void addTo(ThymeleafEvaluationContext context) {
		if (context.isVariableAccessRestricted()) {
			return;
		}
		List<PropertyAccessor> accessors = context.getPropertyAccessors();
		if (!accessors.isEmpty() && accessors.get(0) == this) {
			return;
		}
		List<PropertyAccessor> withKept = new ArrayList<>(accessors.size() + 1);
		withKept.add(this);
		withKept.addAll(accessors);
		context.setPropertyAccessors(withKept);
	}

	/**
	 * Spring's standard dialect whose expressions go through the page's evaluation
	 * context with the kept readers in front.
	 */
	static final class Dialect extends SpringStandardDialect {

		private static final IStandardVariableExpressionEvaluator EVALUATOR = new Evaluator();

		@Override
		public IStandardVariableExpressionEvaluator getVariableExpressionEvaluator() {
			return EVALUATOR;
		}

	}

	private static final class Evaluator implements IStandardVariableExpressionEvaluator {

		@Override
		public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
				StandardExpressionExecutionContext expContext) {
			if (context.getVariable(
					ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME) instanceof ThymeleafEvaluationContext evaluation) {
				INSTANCE.addTo(evaluation);
			}
			return SPELVariableExpressionEvaluator.INSTANCE.evaluate(context, expression, expContext);
		}

	}

}
