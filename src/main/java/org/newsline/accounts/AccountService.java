package org.newsline.accounts;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and keeps their passwords and state in order.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	public boolean noAccounts() {
		return this.accounts.count() == 0;
	}

	@Transactional
	public Account create(String username, String password, Role role) {
		PasswordPolicy.check(password);
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new IllegalArgumentException("An account named " + username + " exists");
		}
		return this.accounts.save(new Account(username, this.passwordEncoder.encode(password), role, Instant.now(this.clock)));
	}

}
