package org.baclofen.reference.system;

import java.util.concurrent.Callable;

import org.springframework.cache.Cache;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A cache that keeps only what was built from committed content: a caller inside a
 * read-write transaction may see changes nobody has committed (an editor's preview, a
 * test that rolls back), which no published revision names, so its calls are computed and
 * answered as if nothing were cached, and are not kept.
 */
final class CommittedContentCache implements Cache {

	private final Cache delegate;

	CommittedContentCache(Cache delegate) {
		this.delegate = delegate;
	}

	@Override
	public String getName() {
		return this.delegate.getName();
	}

	@Override
	public Object getNativeCache() {
		return this.delegate.getNativeCache();
	}

	@Override
	public ValueWrapper get(Object key) {
		return kept() ? this.delegate.get(key) : null;
	}

	@Override
	public <T> T get(Object key, Class<T> type) {
		return kept() ? this.delegate.get(key, type) : null;
	}

	@Override
	public <T> T get(Object key, Callable<T> valueLoader) {
		if (kept()) {
			return this.delegate.get(key, valueLoader);
		}
		try {
			return valueLoader.call();
		}
		catch (Exception ex) {
			throw new ValueRetrievalException(key, valueLoader, ex);
		}
	}

	@Override
	public void put(Object key, Object value) {
		if (kept()) {
			this.delegate.put(key, value);
		}
	}

	@Override
	public ValueWrapper putIfAbsent(Object key, Object value) {
		return kept() ? this.delegate.putIfAbsent(key, value) : null;
	}

	@Override
	public void evict(Object key) {
		this.delegate.evict(key);
	}

	@Override
	public void clear() {
		this.delegate.clear();
	}

	private static boolean kept() {
		return !mayShowUncommittedChanges();
	}

	static boolean mayShowUncommittedChanges() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

}
