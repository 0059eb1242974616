package org.newsline.accounts;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.NaturalId;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in user of the desk or the admin pages.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
	@SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
	private @Nullable Long id;

	@NaturalId
	@Column(nullable = false, length = 64, updatable = false)
	private String username;

	@Column(name = "password_hash", nullable = false, length = 255)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Role role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
		this.username = "";
		this.passwordHash = "";
		this.role = Role.EDITOR;
		this.createdAt = Instant.EPOCH;
	}

	public Account(String username, String passwordHash, Role role, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = now;
	}

	/** Sets a password of the user's own choice. */
	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = false;
	}

	/**
	 * Sets a generated password, which its owner must replace at the next sign-in.
	 */
	public void issuePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = true;
	}

	/** Keeps the password but stores it in a newer hash format. */
	void rehashPassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof Account account && this.id != null && Objects.equals(this.id, account.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
