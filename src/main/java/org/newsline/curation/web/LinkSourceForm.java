package org.newsline.curation.web;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.newsline.curation.AttachSource;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An external report to cite as a source of an event.
 */
record LinkSourceForm(
		@NotBlank(message = "Give the address of the report") @Size(max = 2000,
				message = "At most 2000 characters") @Pattern(regexp = "(?i)https?://\\S+",
						message = "Give a web address starting with http:// or https://") @Nullable String url,
		@Size(max = 200, message = "At most 200 characters") @Nullable String outlet,
		@Size(max = 1000, message = "At most 1000 characters") @Nullable String title,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedOn,
		@NotBlank(message = "Quote what the report says") @Size(max = 5000,
				message = "At most 5000 characters") @Nullable String quote) {

	static LinkSourceForm blank() {
		return new LinkSourceForm("", "", "", null, "");
	}

	AttachSource toCommand() {
		return new AttachSource.FromLink(Objects.requireNonNull(this.url), this.outlet, this.title, this.publishedOn,
				Objects.requireNonNull(this.quote));
	}

}
