package org.baclofen.reference.kind;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * All content kinds that can be edited, by their path under /admin.
 */
@Component
public class ContentAdmins {

	private final Map<String, ContentAdmin<?, ?>> byPath = new LinkedHashMap<>();

	private final Map<String, ContentAdmin<?, ?>> byEntityName = new LinkedHashMap<>();

	ContentAdmins(List<ContentAdmin<?, ?>> admins) {
		admins.stream().sorted(Comparator.comparing(ContentAdmin::path)).forEach((admin) -> {
			this.byPath.put(admin.path(), admin);
			this.byEntityName.put(admin.entityType().getName(), admin);
		});
	}

	public List<ContentAdmin<?, ?>> all() {
		return List.copyOf(this.byPath.values());
	}

	@SuppressWarnings("unchecked")
	public <E extends org.baclofen.reference.content.EditableContent, F extends ContentForm> ContentAdmin<E, F> get(
			String path) {
		ContentAdmin<?, ?> admin = this.byPath.get(path);
		if (admin == null) {
			throw new NotFoundException("Content kind " + path);
		}
		return (ContentAdmin<E, F>) admin;
	}

	/**
	 * The admin for an audited entity class name, as Envers records it; null for other
	 * entities.
	 */
	public ContentAdmin<?, ?> forEntityName(String entityName) {
		return this.byEntityName.get(entityName);
	}

}
