package org.newsline.curation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.newsline.actor.ActorKind;
import org.newsline.curation.ActorDetails;
import org.newsline.curation.EditActor;

/**
 * The actor form: canonical name, kind, description and aliases, one per line.
 */
record ActorForm(
		@NotBlank(message = "Give the actor a name") @Size(max = 300,
				message = "At most 300 characters") @Nullable String name,
		@NotNull(message = "Choose a kind") @Nullable ActorKind kind,
		@Size(max = 500, message = "At most 500 characters") @Nullable String description,
		@Size(max = 10000, message = "Too many aliases") @Nullable String aliases, long version) {

	static ActorForm of(ActorDetails actor) {
		return new ActorForm(actor.name(), actor.kind(), actor.description(), String.join("\n", actor.aliases()),
				actor.version());
	}

	EditActor toCommand() {
		List<String> lines = new ArrayList<>(List.of(Objects.requireNonNullElse(this.aliases, "").split("\\R")));
		return new EditActor(Objects.requireNonNull(this.name), Objects.requireNonNull(this.kind), this.description,
				lines, this.version);
	}

}
