/**
 * Envers revision entity and the listener that names each revision's author.
 */
@NullMarked
package org.newsline.shared.audit;

import org.jspecify.annotations.NullMarked;
