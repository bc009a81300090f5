package org.passerelle.shared.database;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Loads a SQL script into the database at start-up, after the demo data and before the
 * portal is ready: the benchmarks' large dataset ({@code bench/large-dataset.sql}, set by
 * {@code bench/run} as {@code passerelle.database.dataset=file:bench/large-dataset.sql}).
 * PostgreSQL generates the rows itself, set-based, in one connection. Meant for a fresh
 * database: the script runs on every start where the setting is given.
 */
@Component
@Order(40)
@ConditionalOnProperty("passerelle.database.dataset")
class DatasetLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DatasetLoader.class);

	private final DataSource dataSource;

	private final Resource script;

	DatasetLoader(DataSource dataSource, @Value("${passerelle.database.dataset}") Resource script) {
		this.dataSource = dataSource;
		this.script = script;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		ResourceDatabasePopulator populator = new ResourceDatabasePopulator(this.script);
		populator.setSqlScriptEncoding("UTF-8");
		populator.execute(this.dataSource);
		logger.info("Dataset {} loaded in {} ms", this.script.getDescription(),
				(System.nanoTime() - started) / 1_000_000);
	}

}
