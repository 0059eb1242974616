/**
 * Editor and admin accounts, login and the security rules of every route.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "shared" })
@NullMarked
package org.newsline.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
