package org.newsline.accounts;

/**
 * What an account may do: editors curate, admins also import and manage accounts.
 */
public enum Role {

	EDITOR, ADMIN

}
