package org.newsline.actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.NaturalId;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.newsline.shared.Origin;

/**
 * A person, organization, country or group that takes part in events, with its aliases.
 */
@Entity
@Audited
@Table(name = "actor")
public class Actor {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
	@SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 50)
	private @Nullable Long id;

	@NaturalId(mutable = true)
	@Column(nullable = false, length = 200)
	private String slug;

	@Column(nullable = false, length = 300)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ActorKind kind;

	@Column(length = 500)
	private @Nullable String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Origin origin;

	/** Set once an editor changes the actor: the importer then leaves it alone. */
	@Column(nullable = false)
	private boolean edited;

	@Column(name = "merged_into_id")
	private @Nullable Long mergedIntoId;

	@OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Alias> aliases = new ArrayList<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Actor() {
		this.slug = "";
		this.name = "";
		this.kind = ActorKind.PERSON;
		this.origin = Origin.IMPORT;
		this.createdAt = Instant.EPOCH;
	}

	public Actor(String name, ActorKind kind, String slug, Origin origin, Instant now) {
		if (name.isBlank()) {
			throw new IllegalArgumentException("An actor needs a name");
		}
		this.name = name.strip();
		this.kind = kind;
		this.slug = slug;
		this.origin = origin;
		this.edited = origin == Origin.EDITOR;
		this.createdAt = now;
		addAlias(this.name, origin);
	}

	/**
	 * Adds a surface form unless the same form (ignoring case) is there; true when added.
	 * Forms that differ only in accents are both kept, since readers search for either.
	 */
	public boolean addAlias(String surfaceForm, Origin origin) {
		String form = surfaceForm.strip();
		if (form.isEmpty() || AliasKey.of(form).value().isEmpty() || hasSurfaceForm(form)) {
			return false;
		}
		this.aliases.add(new Alias(this, form, origin));
		return true;
	}

	public boolean hasSurfaceForm(String surfaceForm) {
		String form = surfaceForm.strip();
		return this.aliases.stream().anyMatch((alias) -> alias.getName().equalsIgnoreCase(form));
	}

	public boolean hasAlias(AliasKey key) {
		return this.aliases.stream().anyMatch((alias) -> alias.getKey().equals(key));
	}

	public void removeAlias(String surfaceForm) {
		if (this.name.equalsIgnoreCase(surfaceForm.strip())) {
			throw new IllegalArgumentException("The canonical name cannot be removed from the aliases");
		}
		this.aliases.removeIf((alias) -> alias.getName().equalsIgnoreCase(surfaceForm.strip()));
	}

	/** The importer's refresh: a fuller name or a description seen in a new article. */
	public void enrich(String fullerName, @Nullable String description) {
		if (this.edited) {
			return;
		}
		if (fullerName.length() > this.name.length()) {
			this.name = fullerName.strip();
			addAlias(fullerName, Origin.IMPORT);
		}
		if (this.description == null && description != null && !description.isBlank()) {
			this.description = description.strip();
		}
	}

	/** An editor's correction; from now on the importer leaves this actor alone. */
	public void edit(String name, ActorKind kind, @Nullable String description) {
		this.name = name.strip();
		this.kind = kind;
		this.description = (description == null || description.isBlank()) ? null : description.strip();
		this.edited = true;
		addAlias(this.name, Origin.EDITOR);
	}

	/**
	 * Takes every alias of the other actor and marks the other as merged into this.
	 * Aliases are copied and removed from the other actor rather than re-parented,
	 * because orphan removal would otherwise delete what was moved.
	 */
	public void absorb(Actor other) {
		if (other == this) {
			throw new IllegalArgumentException("An actor cannot be merged into itself");
		}
		for (Alias alias : List.copyOf(other.aliases)) {
			addAlias(alias.getName(), alias.getOrigin());
			other.aliases.remove(alias);
		}
		other.mergedIntoId = this.id;
		this.edited = true;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public ActorKind getKind() {
		return this.kind;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public boolean isEdited() {
		return this.edited;
	}

	public @Nullable Long getMergedIntoId() {
		return this.mergedIntoId;
	}

	public List<Alias> getAliases() {
		return Collections.unmodifiableList(this.aliases);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof Actor actor && this.id != null && Objects.equals(this.id, actor.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
