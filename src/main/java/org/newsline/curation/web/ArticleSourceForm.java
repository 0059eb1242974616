package org.newsline.curation.web;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.newsline.curation.AttachSource;

/**
 * A quote from an imported article to cite as a source of an event.
 */
record ArticleSourceForm(@NotNull(message = "Choose an article") @Nullable Long articleId,
		@NotBlank(message = "Paste the quote from the article") @Size(max = 5000,
				message = "At most 5000 characters") @Nullable String quote) {

	static ArticleSourceForm blank() {
		return new ArticleSourceForm(null, "");
	}

	AttachSource toCommand() {
		return new AttachSource.FromArticle(Objects.requireNonNull(this.articleId), Objects.requireNonNull(this.quote));
	}

}
