/**
 * Envers revision entity and the listener that names each revision's author; other
 * modules use {@link org.newsline.shared.audit.RevisionAuthor#runAs} to name a process as
 * author.
 */
@NamedInterface("audit")
@NullMarked
package org.newsline.shared.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
