package org.newsline.event;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.NaturalId;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.newsline.shared.Slugs;

/**
 * A label editors put on events ("strikes", "diplomacy") for readers to filter by.
 */
@Entity
@Audited
@Table(name = "tag")
public class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_seq")
	@SequenceGenerator(name = "tag_seq", sequenceName = "tag_seq", allocationSize = 50)
	private @Nullable Long id;

	@NaturalId
	@Column(nullable = false, length = 100, updatable = false)
	private String slug;

	@Column(nullable = false, length = 100)
	private String name;

	protected Tag() {
		this.slug = "";
		this.name = "";
	}

	public Tag(String name) {
		if (name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("A tag name has 1 to 100 characters");
		}
		this.name = name.strip();
		this.slug = Slugs.slugify(this.name);
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

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof Tag tag && this.id != null && Objects.equals(this.id, tag.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
