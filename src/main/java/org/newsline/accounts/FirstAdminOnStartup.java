package org.newsline.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On the first start with no accounts, creates the {@code admin} account: its password is
 * taken from {@code NEWSLINE_ADMIN_PASSWORD} or generated and printed once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdminOnStartup implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdminOnStartup.class);

	private final AccountService accounts;

	private final Environment environment;

	FirstAdminOnStartup(AccountService accounts, Environment environment) {
		this.accounts = accounts;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.accounts.noAccounts()) {
			return;
		}
		String given = this.environment.getProperty("NEWSLINE_ADMIN_PASSWORD");
		boolean generated = given == null || given.isBlank();
		String password = generated ? GeneratedPasswords.next() : given;
		try {
			this.accounts.create("admin", password, Role.ADMIN);
		}
		catch (IllegalArgumentException | DataIntegrityViolationException ex) {
			if (this.accounts.noAccounts()) {
				throw ex;
			}
			// Another instance on the same database created it at the same moment.
			logger.info("The admin account was created by another instance starting at the same time");
			return;
		}
		if (generated) {
			logger.warn("Generated admin password: {}", password);
		}
		else {
			logger.info("Created the admin account with the password from NEWSLINE_ADMIN_PASSWORD");
		}
	}

}
