package org.newsline.curation.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Which record survives a merge and which is merged into it.
 */
record MergeForm(@NotNull(message = "Choose the record that stays") @Nullable Long winnerId,
		@NotNull(message = "Choose the duplicate to merge into it") @Nullable Long loserId) {

}
