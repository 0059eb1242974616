/**
 * Newsline: record modules ({@code article}, {@code actor}, {@code event}, {@code claim})
 * hold the domain; flow modules ({@code ingest}, {@code curation}, {@code timeline},
 * {@code accounts}) hold the use cases and pages; {@code shared} holds what all need.
 */
@NullMarked
package org.newsline;

import org.jspecify.annotations.NullMarked;
