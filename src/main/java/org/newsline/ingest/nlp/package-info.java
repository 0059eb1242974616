/**
 * The only code that talks to Stanford CoreNLP: one lazily built pipeline that annotates
 * an article against its publication date and returns plain records (sentences, tokens,
 * named-entity mentions, normalized dates and enhanced++ dependencies), so no CoreNLP
 * type leaks into the rest of the application.
 */
@NullMarked
package org.newsline.ingest.nlp;

import org.jspecify.annotations.NullMarked;
