package org.newsline.actor;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.newsline.shared.Origin;

/**
 * A surface form an actor is known by ("Maduro", "President Nicolás Maduro"), with the
 * folded key alias matching compares.
 */
@Entity
@Audited
@Table(name = "actor_alias")
public class Alias {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_alias_seq")
	@SequenceGenerator(name = "actor_alias_seq", sequenceName = "actor_alias_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id", nullable = false)
	private Actor actor;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(name = "match_key", nullable = false, length = 300)
	private String matchKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Origin origin;

	protected Alias() {
		this.name = "";
		this.matchKey = "";
		this.origin = Origin.IMPORT;
	}

	Alias(Actor actor, String name, Origin origin) {
		this.actor = actor;
		this.name = name.strip();
		this.matchKey = AliasKey.of(name).value();
		this.origin = origin;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Actor getActor() {
		return this.actor;
	}

	public String getName() {
		return this.name;
	}

	public AliasKey getKey() {
		return new AliasKey(this.matchKey);
	}

	public Origin getOrigin() {
		return this.origin;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof Alias alias && this.id != null && Objects.equals(this.id, alias.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
