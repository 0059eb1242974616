package org.newsline.accounts;

import java.io.PrintStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On the server's first start with no accounts, creates the {@code admin} account: its
 * password is taken from {@code NEWSLINE_ADMIN_PASSWORD}, or generated, printed once on
 * the console (never to the log) and to be replaced at the first sign-in. The headless
 * import command creates no account.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnWebApplication
class FirstAdminOnStartup implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdminOnStartup.class);

	private final AccountService accounts;

	private final Environment environment;

	private final PrintStream console;

	FirstAdminOnStartup(AccountService accounts, Environment environment) {
		this.accounts = accounts;
		this.environment = environment;
		this.console = System.out;
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
			if (generated) {
				this.accounts.createWithGeneratedPassword("admin", password, Role.ADMIN);
			}
			else {
				this.accounts.create("admin", password, Role.ADMIN);
			}
		}
		catch (IllegalArgumentException | DataIntegrityViolationException ex) {
			if (this.accounts.noAccounts()) {
				if (!generated) {
					throw new IllegalStateException("NEWSLINE_ADMIN_PASSWORD was refused: " + ex.getMessage(), ex);
				}
				throw ex;
			}
			// Another instance on the same database created it at the same moment.
			logger.info("The admin account was created by another instance starting at the same time");
			return;
		}
		if (generated) {
			logger.info("Created the admin account with a generated password, printed once on the console; "
					+ "it must be changed at the first sign-in");
			this.console.println();
			this.console.println("Generated admin password: " + password);
			this.console.println("Sign in as admin with it and choose your own; it is not shown again.");
			this.console.println();
		}
		else {
			logger.info("Created the admin account with the password from NEWSLINE_ADMIN_PASSWORD");
		}
	}

}
