package org.baclofen.reference.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven by Debian's chromedriver. Both paths are given
 * explicitly so Selenium Manager never tries to download a browser. Without Chromium the
 * browser tests are skipped loudly, except in CI, where they fail.
 */
public final class Browser {

	private static final String CHROMIUM = env("CHROMIUM_BIN", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

	private Browser() {
	}

	public static ChromeDriver start() throws IOException {
		if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
			String reason = "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER
					+ ") is missing: install the Debian packages chromium and chromium-driver (.ci/run does)";
			if (TestPostgres.required()) {
				throw new IllegalStateException(reason + ". CI requires the browser tests: failing the build.");
			}
			System.err.println("SKIPPING BROWSER TESTS: " + reason);
			Assumptions.abort(reason);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		// Root in a sandbox-less container, on a machine with no network beyond loopback.
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900",
				"--user-data-dir=" + Files.createTempDirectory("baclofen-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		// Element look-ups wait briefly for a page that is still loading after a click or
		// key press.
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
