package org.passerelle.shared.scheduling;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.AsyncTaskExecutor;

import org.passerelle.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the portal: the requests the web server answers are counted before any other filter
 * runs, and the executor of Spring Modulith's asynchronous listeners (the mails) waits
 * for them.
 */
@PostgresTest
@AutoConfigureMockMvc
class RequestsFirstWiringTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private RequestsFirst requestsFirst;

	@Autowired
	@Qualifier("applicationTaskExecutor")
	private AsyncTaskExecutor executor;

	@Test
	void theWebServerCountsItsRequestsFirst() {
		List<String> filters = new ServletContextInitializerBeans(this.context).stream()
			.filter(AbstractFilterRegistrationBean.class::isInstance)
			.map((registration) -> ((AbstractFilterRegistrationBean<?>) registration).getFilterName())
			.toList();
		assertThat(filters).as("in the order the web server runs them")
			.containsSubsequence("requestsFirst", "databaseUnavailableFilter", "springSessionRepositoryFilter",
					"springSecurityFilterChain", "anonymousPages");
	}

	@Test
	void theListenersExecutorWaitsForTheRequestBeingAnswered() throws Exception {
		CountDownLatch answer = new CountDownLatch(1);
		CompletableFuture<Void> request = RequestsFirstTests.answering(this.requestsFirst, answer,
				ForkJoinPool.commonPool());

		CompletableFuture<Void> task = new CompletableFuture<>();
		this.executor.execute(() -> task.complete(null));
		Thread.sleep(300);
		assertThat(task).as("the task waits while a request is answered").isNotDone();

		answer.countDown();
		request.get(5, TimeUnit.SECONDS);
		task.get(5, TimeUnit.SECONDS);
	}

}
