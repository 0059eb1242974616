package org.newsline.event;

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
import org.newsline.actor.Actor;
import org.newsline.shared.Origin;

/**
 * An actor's part in an event, with its role ("agent", "target", "participant").
 */
@Entity
@Audited
@Table(name = "participation")
public class Participation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participation_seq")
	@SequenceGenerator(name = "participation_seq", sequenceName = "participation_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id", nullable = false)
	private Event event;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id", nullable = false)
	private Actor actor;

	@Column(nullable = false, length = 40)
	private String role;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Origin origin;

	protected Participation() {
		this.role = "";
		this.origin = Origin.IMPORT;
	}

	Participation(Event event, Actor actor, String role, Origin origin) {
		this.event = event;
		this.actor = actor;
		this.role = role;
		this.origin = origin;
	}

	void changeRole(String role) {
		this.role = role;
	}

	void replaceActor(Actor actor) {
		this.actor = actor;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Event getEvent() {
		return this.event;
	}

	public Actor getActor() {
		return this.actor;
	}

	public String getRole() {
		return this.role;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof Participation participation && this.id != null
				&& Objects.equals(this.id, participation.getId()));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
