/**
 * Web support shared by every page family: error mapping and layout model attributes.
 */
@NullMarked
package org.newsline.shared.web;

import org.jspecify.annotations.NullMarked;
