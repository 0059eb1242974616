/**
 * The admin's sources page: article addresses, feeds, their items and why an item was not
 * imported.
 */
@NullMarked
package org.newsline.sources.web;

import org.jspecify.annotations.NullMarked;
