/**
 * The {@code /desk} pages: controllers, form records and the autocomplete endpoints.
 */
@NullMarked
package org.newsline.curation.web;

import org.jspecify.annotations.NullMarked;
