package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port, driven by one headless Chromium per test class, with
 * the accessibility check every browser test applies to what it sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	protected static ChromeDriver driver;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Waits until a click or key press has loaded a page whose address contains the text.
	 */
	protected static void waitForUrlContaining(String text) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(text));
	}

	/** Emulates a screen of this size (a phone at 390 or 320 px wide, say). */
	protected static void viewport(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Emulates the system's colour preference, which the dark theme follows. */
	protected static void darkTheme(boolean dark) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
	}

	protected static void resetViewportAndTheme() {
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		darkTheme(false);
	}

	protected static long script(String expression) {
		return ((Number) driver.executeScript("return " + expression + ";")).longValue();
	}

	/** Whether the current page is wider than the window, so that it scrolls sideways. */
	protected static boolean scrollsSideways() {
		return script("document.scrollingElement.scrollWidth") > script("window.innerWidth");
	}

	/**
	 * The axe-core WCAG 2.1 A/AA violations on the current page, one readable line each.
	 */
	protected static List<String> accessibilityViolations() {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
		assertThat(results.isErrored()).as("axe ran: %s", results.getErrorMessage()).isFalse();
		return results.getViolations()
			.stream()
			.map((Rule rule) -> driver.getCurrentUrl() + ": " + rule.getId() + " (" + rule.getImpact() + ") "
					+ rule.getHelp() + " — " + rule.getNodes().size() + " element(s)")
			.toList();
	}

}
