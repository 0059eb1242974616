/**
 * Keeps {@link org.newsline.shared.DataVersion} in step with every committed Hibernate
 * write.
 */
@NullMarked
package org.newsline.infrastructure.cache;

import org.jspecify.annotations.NullMarked;
