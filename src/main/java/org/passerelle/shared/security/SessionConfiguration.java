package org.passerelle.shared.security;

import java.security.SecureRandom;
import java.util.Base64;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionOperations;

/**
 * HTTP sessions live in PostgreSQL (Spring Session JDBC, table {@code spring_session}
 * from Flyway), so any instance of the portal serves any signed-in person. The cookie
 * keeps the {@code server.servlet.session.cookie.*} settings.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * Attributes written with PostgreSQL's upsert, so that two requests of one person at
	 * the same moment (two tabs, a page and its assets) never collide on the same
	 * attribute's row.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * The repository that Spring Session's filter uses: the JDBC one, configured by
	 * Spring Boot, wrapped so that a page does not write or re-read what it need not.
	 */
	@Bean
	static BeanPostProcessor throttledSessionRepository() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions)
						? new ThrottledSessionRepository<>(sessions) : bean;
			}

		};
	}

	/**
	 * The repository's transactions: its writes on the data source, its reads in none.
	 * Given only to the repository, which asks for it by name: the portal's own
	 * {@code TransactionTemplate} and {@code TransactionOperations} stay Spring Boot's.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new SessionTransactions(dataSource);
	}

	@Bean
	FilterRegistrationBean<ThrottledSessionRepository.RequestScope> throttledSessionRequestScope() {
		FilterRegistrationBean<ThrottledSessionRepository.RequestScope> registration = new FilterRegistrationBean<>(
				new ThrottledSessionRepository.RequestScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> randomSessionIds() {
		return (repository) -> repository.setSessionIdGenerator(new RandomSessionIds());
	}

	/**
	 * Attributes read once per stored value rather than on each request
	 * ({@link SessionAttributeReader}).
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeReader() {
		return (repository) -> repository.setConversionService(
				SessionAttributeReader.conversionService(SessionConfiguration.class.getClassLoader()));
	}

	/**
	 * Session ids of 256 random bits from a {@link SecureRandom}, URL-safe (43
	 * characters), rather than the default UUID's 122.
	 */
	static final class RandomSessionIds implements SessionIdGenerator {

		static final int BYTES = 32;

		private final SecureRandom random = new SecureRandom();

		@Override
		public String generate() {
			byte[] bytes = new byte[BYTES];
			this.random.nextBytes(bytes);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}

	}

}
