package org.newsline.curation.web;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.newsline.curation.ClaimDetails;
import org.newsline.curation.EditClaim;

/**
 * The claim form: what is claimed, by whom, about which event.
 */
record ClaimForm(
		@NotBlank(message = "Say what is claimed") @Size(max = 5000,
				message = "At most 5000 characters") @Nullable String text,
		@Nullable Long speakerId, @Size(max = 300, message = "At most 300 characters") @Nullable String speakerLabel,
		@Nullable Long eventId, long version) {

	static ClaimForm of(ClaimDetails claim) {
		return new ClaimForm(claim.text(), claim.speakerId(), claim.speakerLabel(), claim.eventId(), claim.version());
	}

	EditClaim toCommand() {
		return new EditClaim(Objects.requireNonNull(this.text), this.speakerId,
				(this.speakerLabel == null || this.speakerLabel.isBlank()) ? null : this.speakerLabel.strip(),
				this.eventId, this.version);
	}

}
