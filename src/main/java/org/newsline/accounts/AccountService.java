package org.newsline.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.newsline.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and keeps their passwords and state in order.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final ObjectProvider<SessionRegistry> sessions;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			ObjectProvider<SessionRegistry> sessions) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.sessions = sessions;
	}

	/** An account created or reset, with the generated password to hand over once. */
	public record IssuedPassword(String username, String password) {
	}

	public boolean noAccounts() {
		return this.accounts.count() == 0;
	}

	public List<Account> all() {
		return this.accounts.findAll(Sort.by("username"));
	}

	@Transactional
	public Account create(String username, String password, Role role) {
		PasswordPolicy.check(password);
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new IllegalArgumentException("An account named " + username + " exists");
		}
		return this.accounts
			.save(new Account(username, this.passwordEncoder.encode(password), role, Instant.now(this.clock)));
	}

	/** Creates an account with a generated password; refuses a bad or taken username. */
	@Transactional
	public IssuedPassword issue(String username, Role role) {
		if (!USERNAME.matcher(username).matches()) {
			throw new AccountRefused("username",
					"A username has 2 to 64 lower-case letters, digits, dots, hyphens or underscores");
		}
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new AccountRefused("username", "That username is taken");
		}
		String password = GeneratedPasswords.next();
		create(username, password, role);
		return new IssuedPassword(username, password);
	}

	@Transactional
	public IssuedPassword resetPassword(long id) {
		Account account = load(id);
		String password = GeneratedPasswords.next();
		account.changePassword(this.passwordEncoder.encode(password));
		endSessions(account.getUsername());
		return new IssuedPassword(account.getUsername(), password);
	}

	/** Enables or disables an account; nobody can disable their own. */
	@Transactional
	public Account setEnabled(long id, boolean enabled, String actingUsername) {
		Account account = load(id);
		if (!enabled && account.getUsername().equals(actingUsername)) {
			throw new AccountRefused("enabled", "You cannot disable your own account");
		}
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
			endSessions(account.getUsername());
		}
		return account;
	}

	/** Changes a user's own password after checking the current one and the policy. */
	@Transactional
	public void changeOwnPassword(String username, String current, String next) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> NotFoundException.of("Account", username));
		if (!this.passwordEncoder.matches(current, account.getPasswordHash())) {
			throw new AccountRefused("current", "That is not your current password");
		}
		String problem = PasswordPolicy.problem(next);
		if (problem != null) {
			throw new AccountRefused("password", problem);
		}
		if (next.equals(current)) {
			throw new AccountRefused("password", "Choose a password different from the current one");
		}
		account.changePassword(this.passwordEncoder.encode(next));
	}

	/** Signs the user out everywhere: their next request finds the session expired. */
	private void endSessions(String username) {
		SessionRegistry registry = this.sessions.getIfAvailable();
		if (registry == null) {
			return;
		}
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
				registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

	private Account load(long id) {
		return this.accounts.findById(id).orElseThrow(() -> NotFoundException.of("Account", id));
	}

}
