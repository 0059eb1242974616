package org.newsline.shared.audit;

import java.util.function.Supplier;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the signed-in user's name, or with the name of the process
 * (the importer) that made the change.
 */
public class RevisionAuthor implements RevisionListener {

	/** Author of changes made outside any signed-in request. */
	public static final String SYSTEM = "system";

	private static final ThreadLocal<String> PROCESS = new ThreadLocal<>();

	/** Runs the action with the given author name on revisions made outside a request. */
	public static void runAs(String author, Runnable action) {
		callAs(author, () -> {
			action.run();
			return null;
		});
	}

	/**
	 * Computes a result with the given author name on revisions made outside a request.
	 */
	public static <T> T callAs(String author, Supplier<T> action) {
		String previous = PROCESS.get();
		PROCESS.set(author);
		try {
			return action.get();
		}
		finally {
			if (previous == null) {
				PROCESS.remove();
			}
			else {
				PROCESS.set(previous);
			}
		}
	}

	@Override
	public void newRevision(Object revisionEntity) {
		((Revision) revisionEntity).setUsername(currentAuthor());
	}

	static String currentAuthor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			return authentication.getName();
		}
		String process = PROCESS.get();
		return (process != null) ? process : SYSTEM;
	}

}
