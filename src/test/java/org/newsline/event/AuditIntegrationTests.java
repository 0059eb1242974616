package org.newsline.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.shared.audit.Revision;
import org.newsline.support.DatabaseCleaner;
import org.newsline.support.Fixtures;
import org.newsline.support.NewslineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change to an audited record becomes a revision that names who made it.
 */
@NewslineIntegrationTest
class AuditIntegrationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	DatabaseCleaner cleaner;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	EventRepository events;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void clean() {
		this.cleaner.clean();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void recordsTheEditorsNameOnEachRevision() {
		Event event = this.fixtures.event("Ceasefire announced", EventDate.day(LocalDate.of(2025, 6, 1)), List.of(),
				List.of());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("maria", null,
					AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
		this.tx.executeWithoutResult((status) -> {
			Event managed = this.events.findById(event.getId()).orElseThrow();
			managed.edit("Ceasefire announced in the north", managed.getSummary(), managed.getDate(), Instant.now());
		});

		this.tx.executeWithoutResult((status) -> {
			AuditReader audit = AuditReaderFactory.get(this.entityManagerFactory.createEntityManager());
			List<Number> revisions = audit.getRevisions(Event.class, event.getId());
			assertThat(revisions).hasSize(2);
			Revision first = audit.findRevision(Revision.class, revisions.get(0));
			Revision second = audit.findRevision(Revision.class, revisions.get(1));
			assertThat(first.getUsername()).isEqualTo("system");
			assertThat(second.getUsername()).isEqualTo("maria");
			Event before = audit.find(Event.class, event.getId(), revisions.get(0));
			Event after = audit.find(Event.class, event.getId(), revisions.get(1));
			assertThat(before.getTitle()).isEqualTo("Ceasefire announced");
			assertThat(after.getTitle()).isEqualTo("Ceasefire announced in the north");
			assertThat(after.getDate()).isEqualTo(EventDate.day(LocalDate.of(2025, 6, 1)));
		});
	}

}
