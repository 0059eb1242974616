package org.newsline.shared.web;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: who is signed in and with which role.
 */
@ControllerAdvice
class LayoutAttributes {

	@ModelAttribute("viewer")
	Viewer viewer() {
		return current();
	}

	/**
	 * The viewer from the security context alone, for pages rendered outside a handler
	 * (error pages) that must not touch the database.
	 */
	static Viewer current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return Viewer.ANONYMOUS;
		}
		boolean admin = has(authentication, "ROLE_ADMIN");
		return new Viewer(authentication.getName(), admin || has(authentication, "ROLE_EDITOR"), admin);
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch((a) -> authority.equals(a.getAuthority()));
	}

	/** The signed-in user as the layout shows it. */
	record Viewer(@Nullable String name, boolean editor, boolean admin) {

		static final Viewer ANONYMOUS = new Viewer(null, false, false);

		public boolean signedIn() {
			return this.name != null;
		}

	}

}
