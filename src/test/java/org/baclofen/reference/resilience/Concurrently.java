package org.baclofen.reference.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on threads of their own, released together so they really overlap, and waits
 * a bounded time.
 */
final class Concurrently {

	private static final long TIMEOUT_SECONDS = 60;

	private Concurrently() {
	}

	/**
	 * @return each task's result, in the order given; a task that throws fails the caller
	 */
	static <T> List<T> run(List<Callable<T>> tasks) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(threads.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** The same task the given number of times, each told its index. */
	static <T> List<T> times(int count, IndexedTask<T> task) throws Exception {
		List<Callable<T>> tasks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int index = i;
			tasks.add(() -> task.call(index));
		}
		return run(tasks);
	}

	@FunctionalInterface
	interface IndexedTask<T> {

		T call(int index) throws Exception;

	}

}
