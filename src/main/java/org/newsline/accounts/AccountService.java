package org.newsline.accounts;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.newsline.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates accounts and keeps their passwords and state in order.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

	/**
	 * The session attribute set while its user signed in with a generated password that
	 * must be replaced before anything else.
	 */
	public static final String PASSWORD_CHANGE_REQUIRED = SessionRules.PASSWORD_CHANGE_REQUIRED;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final ObjectProvider<SessionRegistry> sessions;

	private final AccountAudit audit;

	/** Writes in a transaction of their own, begun once the slow hashing is done. */
	private final TransactionTemplate writes;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			ObjectProvider<SessionRegistry> sessions, AccountAudit audit, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.sessions = sessions;
		this.audit = audit;
		this.writes = new TransactionTemplate(transactions);
	}

	/**
	 * An account created or reset, with the generated password to hand over once. It
	 * travels to the next page in the session (a database row) and is gone once shown.
	 */
	public record IssuedPassword(String username, String password) implements Serializable {
	}

	public boolean noAccounts() {
		return this.accounts.count() == 0;
	}

	public List<Account> all() {
		return this.accounts.findAll(Sort.by("username"));
	}

	/**
	 * Creates an account with a password its owner chose. The password is hashed before
	 * the transaction begins, so no connection waits on the hash.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Account create(String username, String password, Role role) {
		return save(username, password, role, false);
	}

	/**
	 * Creates an account with a generated password, which its owner must replace at the
	 * first sign-in.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	Account createWithGeneratedPassword(String username, String password, Role role) {
		return save(username, password, role, true);
	}

	private Account save(String username, String password, Role role, boolean generated) {
		PasswordPolicy.check(password);
		String hash = this.passwordEncoder.encode(password);
		Account saved = Objects.requireNonNull(this.writes.execute((status) -> {
			if (this.accounts.findByUsername(username).isPresent()) {
				throw new IllegalArgumentException("An account named " + username + " exists");
			}
			Account account = new Account(username, hash, role, Instant.now(this.clock));
			if (generated) {
				account.issuePassword(hash);
			}
			return this.accounts.save(account);
		}));
		this.audit.accountCreated(username, role);
		return saved;
	}

	/** Whether the account signs in with a generated password it must replace first. */
	public boolean passwordChangeRequired(String username) {
		return this.accounts.findByUsername(username).map(Account::isPasswordChangeRequired).orElse(false);
	}

	/** Stores a password again in the current hash format, at sign-in. */
	@Transactional
	void rehash(String username, String passwordHash) {
		this.accounts.findByUsername(username).ifPresent((account) -> account.rehashPassword(passwordHash));
	}

	/** Creates an account with a generated password; refuses a bad or taken username. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public IssuedPassword issue(String username, Role role) {
		if (!USERNAME.matcher(username).matches()) {
			throw new AccountRefused("username",
					"A username has 2 to 64 lower-case letters, digits, dots, hyphens or underscores");
		}
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new AccountRefused("username", "That username is taken");
		}
		String password = GeneratedPasswords.next();
		createWithGeneratedPassword(username, password, role);
		return new IssuedPassword(username, password);
	}

	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public IssuedPassword resetPassword(long id) {
		String password = GeneratedPasswords.next();
		String hash = this.passwordEncoder.encode(password);
		Account account = Objects.requireNonNull(this.writes.execute((status) -> {
			Account loaded = load(id);
			loaded.issuePassword(hash);
			return loaded;
		}));
		endSessions(account.getUsername(), null);
		this.audit.passwordReset(account.getUsername());
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
			endSessions(account.getUsername(), null);
		}
		this.audit.accountEnabled(account.getUsername(), enabled);
		return account;
	}

	/**
	 * Changes a user's own password after checking the current one and the policy, and
	 * ends the user's other sessions: whoever else was signed in as them is signed out.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void changeOwnPassword(String username, String current, String next, @Nullable String keptSessionId) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> NotFoundException.of("Account", username));
		long version = account.getVersion();
		if (!this.passwordEncoder.matches(current, account.getPasswordHash())) {
			throw new AccountRefused("current", "That is not your current password");
		}
		String problem = PasswordPolicy.problem(next, List.of(username));
		if (problem != null) {
			throw new AccountRefused("password", problem);
		}
		if (next.equals(current)) {
			throw new AccountRefused("password", "Choose a password different from the current one");
		}
		String hash = this.passwordEncoder.encode(next);
		this.writes.executeWithoutResult((status) -> {
			Account changing = this.accounts.findByUsername(username)
				.orElseThrow(() -> NotFoundException.of("Account", username));
			if (changing.getVersion() != version) {
				throw new AccountRefused("current", "Your account changed meanwhile: try again");
			}
			changing.changePassword(hash);
		});
		this.audit.passwordChanged(username, endSessions(username, keptSessionId));
	}

	/**
	 * Signs the user out everywhere but in the kept session: their next request there
	 * finds the session expired. Returns how many sessions were ended.
	 */
	private int endSessions(String username, @Nullable String keptSessionId) {
		SessionRegistry registry = this.sessions.getIfAvailable();
		if (registry == null) {
			return 0;
		}
		int ended = 0;
		for (SessionInformation session : registry.getAllSessions(username, false)) {
			if (!session.getSessionId().equals(keptSessionId)) {
				session.expireNow();
				ended++;
			}
		}
		return ended;
	}

	private Account load(long id) {
		return this.accounts.findById(id).orElseThrow(() -> NotFoundException.of("Account", id));
	}

}
