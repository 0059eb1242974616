package org.newsline.accounts;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Accounts by username.
 */
interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

}
