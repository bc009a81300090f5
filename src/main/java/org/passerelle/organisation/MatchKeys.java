package org.passerelle.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes at start-up the matching keys ({@link MatchText}) of organisations that have
 * none: those created before the keys existed, or loaded by SQL (the benchmark's
 * dataset). Every save computes them afterwards.
 */
@Component
@Order(5)
class MatchKeys implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(MatchKeys.class);

	private static final int BATCH = 1000;

	private final OrganisationRepository organisations;

	private final TransactionTemplate transactions;

	MatchKeys(OrganisationRepository organisations, TransactionTemplate transactions) {
		this.organisations = organisations;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		int done = 0;
		while (true) {
			Integer count = this.transactions.execute((status) -> {
				var batch = this.organisations.findByMatchNameIsNull(PageRequest.of(0, BATCH));
				batch.forEach(Organisation::index);
				this.organisations.flush();
				return batch.size();
			});
			if (count == null || count == 0) {
				break;
			}
			done += count;
		}
		if (done > 0) {
			logger.info("Matching keys computed for {} organisations", done);
		}
	}

}
