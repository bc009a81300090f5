package org.passerelle.shared.database;

import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.passerelle.shared.KeptUntilChange;

/**
 * Tells {@link KeptUntilChange} which entities are written: a Hibernate listener on every
 * insert, update and delete of an entity, installed with Hibernate's integrator.
 */
@Configuration(proxyBeanMethods = false)
class EntityWrites {

	@Bean
	HibernatePropertiesCustomizer entityWritesListener() {
		return (properties) -> properties.put("hibernate.integrator_provider",
				(IntegratorProvider) () -> List.of(new Listener()));
	}

	static final class Listener
			implements Integrator, PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

		@Override
		public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
				SessionFactoryImplementor sessionFactory) {
			var registry = sessionFactory.getEventListenerRegistry();
			registry.appendListeners(EventType.POST_INSERT, this);
			registry.appendListeners(EventType.POST_UPDATE, this);
			registry.appendListeners(EventType.POST_DELETE, this);
		}

		@Override
		public void onPostInsert(PostInsertEvent event) {
			KeptUntilChange.written(event.getPersister().getMappedClass());
		}

		@Override
		public void onPostUpdate(PostUpdateEvent event) {
			KeptUntilChange.written(event.getPersister().getMappedClass());
		}

		@Override
		public void onPostDelete(PostDeleteEvent event) {
			KeptUntilChange.written(event.getPersister().getMappedClass());
		}

		@Override
		public boolean requiresPostCommitHandling(EntityPersister persister) {
			return false;
		}

	}

}
