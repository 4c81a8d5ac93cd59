package org.baclofen.reference.system;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.interceptor.KeyGenerator;

/**
 * Keys for what is derived from the published content: the published revision and the
 * method's arguments. The revision is the one the request has already read (the page
 * cache reads the same), so a cached answer costs no statement beyond that one.
 * <p>
 * A caller that may see uncommitted changes is not served from the cache at all
 * ({@link CommittedContentCache}), so no revision is read for it.
 */
final class PublishedRevisionKeys implements KeyGenerator {

	/** The key of a call that is neither looked up nor kept. */
	private static final Object UNCOMMITTED = new Object();

	private final ObjectProvider<PublishedContentVersion> revisions;

	PublishedRevisionKeys(ObjectProvider<PublishedContentVersion> revisions) {
		this.revisions = revisions;
	}

	@Override
	public Object generate(Object target, Method method, Object... params) {
		if (CommittedContentCache.mayShowUncommittedChanges()) {
			return UNCOMMITTED;
		}
		return new Key(this.revisions.getObject().current(), Arrays.asList(params.clone()));
	}

	/**
	 * @param revision the published revision the value was built from
	 * @param arguments what else it was built from (none for most)
	 */
	record Key(Object revision, List<Object> arguments) {
	}

}
