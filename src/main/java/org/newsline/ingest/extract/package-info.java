/**
 * Turns one annotated article into drafts: actors merged across their surface forms,
 * dated events with participants, and attributed claims with hedging cues and rejections.
 * Everything here is a pure function of the CoreNLP annotation and the article's
 * publication date; the word lists it relies on live in {@code Lexicon}.
 */
@NullMarked
package org.newsline.ingest.extract;

import org.jspecify.annotations.NullMarked;
