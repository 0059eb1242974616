/**
 * The account pages: user administration for admins and the own-password page for
 * everyone signed in.
 */
@NullMarked
package org.newsline.accounts.web;

import org.jspecify.annotations.NullMarked;
