/**
 * What every module needs and that has no domain meaning: slugs, text spans, the clock,
 * web support and the audit revision entity.
 */
@NullMarked
package org.newsline.shared;

import org.jspecify.annotations.NullMarked;
