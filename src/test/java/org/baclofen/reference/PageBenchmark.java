package org.baclofen.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The speed and memory targets, measured over real HTTP on this machine. Not part of
 * ./mvnw verify (timings are no unit-test material); run it with ./mvnw test -Pbenchmark
 * (see README).
 * <p>
 * Targets, for every public page after warm-up, with one concurrent client per core (so
 * it measures latency, not queueing): median under 50 ms, 95th percentile under 150 ms;
 * heap in use after a full GC under 256 MB. Measured on the project's 2-core machines:
 * most pages 10-30 ms, the overview (the largest page) about twice that.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageBenchmark {

	private static final int WARM_UP = 30;

	private static final int REQUESTS = 200;

	private static final int CLIENTS = Runtime.getRuntime().availableProcessors();

	private static final double MEDIAN_TARGET_MS = 50;

	private static final double P95_TARGET_MS = 150;

	private static final long HEAP_TARGET_MB = 256;

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyPageMeetsTheLatencyTargetsAndTheHeapStaysSmall() throws Exception {
		List<String> misses = new ArrayList<>();
		System.out.printf("%-70s %9s %9s %9s%n", "page", "median ms", "p95 ms", "req/s");
		for (PublicPage page : PublicPage.ALL) {
			URI uri = URI.create("http://localhost:" + this.port + page.path());
			for (int i = 0; i < WARM_UP; i++) {
				get(uri);
			}
			List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
			long started = System.nanoTime();
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			try {
				List<Future<?>> done = new ArrayList<>();
				for (int i = 0; i < REQUESTS; i++) {
					done.add(clients.submit(() -> latencies.add(get(uri))));
				}
				for (Future<?> request : done) {
					request.get();
				}
			}
			finally {
				clients.shutdown();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			Collections.sort(latencies);
			double median = latencies.get(latencies.size() / 2);
			double p95 = latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1);
			System.out.printf("%-70s %9.1f %9.1f %9.0f%n", page.path(), median, p95, REQUESTS / seconds);
			if (median > MEDIAN_TARGET_MS || p95 > P95_TARGET_MS) {
				misses.add(page.path() + ": median " + median + " ms, p95 " + p95 + " ms");
			}
		}
		System.gc();
		long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
		System.out.printf("heap in use after GC: %d MB (target under %d MB)%n", heapMb, HEAP_TARGET_MB);
		assertThat(misses).as("pages missing the latency targets").isEmpty();
		assertThat(heapMb).as("heap in use after GC, MB").isLessThan(HEAP_TARGET_MB);
	}

	private double get(URI uri) {
		long start = System.nanoTime();
		try {
			HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(uri).build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(uri + " answered " + response.statusCode());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return (System.nanoTime() - start) / 1e6;
	}

}
