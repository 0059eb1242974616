/**
 * Import reports and, for admins, starting imports and uploading articles.
 */
@NullMarked
package org.newsline.ingest.web;

import org.jspecify.annotations.NullMarked;
