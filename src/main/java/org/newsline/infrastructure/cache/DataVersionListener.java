package org.newsline.infrastructure.cache;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.newsline.shared.DataVersion;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Bumps the data version after each committed insert, update or delete of any entity, and
 * after each committed change of a collection (such as an event's tags).
 */
@Component
class DataVersionListener implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
		PostCommitDeleteEventListener, PostCollectionRecreateEventListener, PostCollectionUpdateEventListener,
		PostCollectionRemoveEventListener, SmartInitializingSingleton {

	private final DataVersion version;

	private final EntityManagerFactory entityManagerFactory;

	DataVersionListener(DataVersion version, EntityManagerFactory entityManagerFactory) {
		this.version = version;
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		EventListenerRegistry registry = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_COMMIT_INSERT, this);
		registry.appendListeners(EventType.POST_COMMIT_UPDATE, this);
		registry.appendListeners(EventType.POST_COMMIT_DELETE, this);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		this.version.bump();
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		this.version.bump();
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		this.version.bump();
	}

	@Override
	public void onPostInsertCommitFailed(PostInsertEvent event) {
	}

	@Override
	public void onPostUpdateCommitFailed(PostUpdateEvent event) {
	}

	@Override
	public void onPostDeleteCommitFailed(PostDeleteEvent event) {
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return true;
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		afterCommit(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		afterCommit(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		afterCommit(event);
	}

	// Collection events fire before the commit; bumping then could let a reader cache the
	// old data under the new version, so the bump waits for the transaction to succeed.
	private void afterCommit(AbstractCollectionEvent event) {
		AfterCompletionCallback bump = (success, session) -> {
			if (success) {
				this.version.bump();
			}
		};
		event.getSession().getActionQueue().registerCallback(bump);
	}

}
