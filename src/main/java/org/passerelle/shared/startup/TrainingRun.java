package org.passerelle.shared.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The build's training run ({@code passerelle.training-run=true}): once ready, the portal
 * asks itself for a few public pages, then stops cleanly, so that the JVM records in a
 * class-data-sharing archive the classes a start and the first pages load. Started with
 * that archive, the packaged portal answers sooner.
 */
@Component
@ConditionalOnBooleanProperty("passerelle.training-run")
class TrainingRun {

	private static final List<String> PAGES = List.of("/", "/login", "/?lang=en", "/no-such-page",
			"/css/passerelle.css");

	private static final Logger logger = LoggerFactory.getLogger(TrainingRun.class);

	private final WebServerApplicationContext context;

	TrainingRun(WebServerApplicationContext context) {
		this.context = context;
	}

	@EventListener
	void onReady(AvailabilityChangeEvent<ReadinessState> event) {
		if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
			new Thread(this::visitThenStop, "training-run").start();
		}
	}

	private void visitThenStop() {
		int port = this.context.getWebServer().getPort();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		int status = 0;
		try {
			for (String page : PAGES) {
				HttpResponse<Void> response = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).build(),
						HttpResponse.BodyHandlers.discarding());
				logger.info("Training run: {} answered {}", page, response.statusCode());
			}
		}
		catch (IOException ex) {
			logger.error("Training run: the portal did not answer", ex);
			status = 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			status = 1;
		}
		int exitCode = SpringApplication.exit(this.context);
		System.exit((status != 0) ? status : exitCode);
	}

}
