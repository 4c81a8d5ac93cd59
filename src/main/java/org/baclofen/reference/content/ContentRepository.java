package org.baclofen.reference.content;

import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * What the admin pages need from every content kind's repository, declared once; each
 * kind's repository adds its own queries and may redeclare {@code findById} to fetch more
 * (an entity graph).
 *
 * @param <E> the content entity
 */
@NoRepositoryBean
public interface ContentRepository<E extends EditableContent> extends Repository<E, Long> {

	Optional<E> findById(Long id);

	E save(E entity);

	void delete(E entity);

}
