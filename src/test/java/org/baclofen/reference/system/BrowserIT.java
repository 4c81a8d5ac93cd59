package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.PublicPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Drives headless Chromium through every public page: each must pass axe-core's WCAG 2.1 A/AA rules and
 * the Nu HTML Checker with no errors, and the search must work as a visitor uses it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserIT {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static ChromeDriver driver;

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
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void everyPageHasNoAccessibilityViolations() {
		List<String> violations = new ArrayList<>();
		for (PublicPage page : PublicPage.ALL) {
			driver.get(url(page.path()));
			assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).as("h1 on %s", page).isTrue();
			Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
			assertThat(results.isErrored()).as("axe ran on %s: %s", page, results.getErrorMessage()).isFalse();
			for (Rule rule : results.getViolations()) {
				violations.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " — "
						+ rule.getNodes().size() + " element(s)");
			}
		}
		assertThat(violations).as("axe-core WCAG 2.1 A/AA violations").isEmpty();
	}

	@Test
	void everyPageIsValidHtml() throws Exception {
		Path folder = Files.createTempDirectory("baclofen-html");
		HttpClient http = HttpClient.newHttpClient();
		List<PublicPage> pages = new ArrayList<>(PublicPage.ALL);
		pages.add(new PublicPage("/indications/no-such-use", "We could not find that page"));
		for (int i = 0; i < pages.size(); i++) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create(url(pages.get(i).path()))).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.body()).contains(pages.get(i).expectedText());
			Files.writeString(folder.resolve("page-" + i + ".html"), response.body());
		}
		assertThat(HtmlValidator.errors(folder)).as("Nu HTML Checker errors").isEmpty();
	}

	@Test
	void aVisitorSearchesFromTheHeaderAndFollowsAResult() {
		driver.get(url("/"));
		WebElement box = driver.findElement(By.id("site-search-q"));
		box.sendKeys("tramadol", Keys.ENTER);
		assertThat(driver.getTitle()).contains("tramadol");
		assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=results-interaction] mark")))
			.extracting(WebElement::getText)
			.contains("tramadol");
		driver.findElement(By.cssSelector("section[aria-labelledby=results-interaction] a")).click();
		assertThat(driver.getCurrentUrl()).endsWith("/interactions#opioids");
		assertThat(driver.findElement(By.id("opioids")).getText()).contains("tramadol");
	}

	@Test
	void aSearchWithNoResultsSaysSo() {
		driver.get(url("/search?q=unobtainium"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("No results for");
	}

	@Test
	void theSkipLinkLeadsToTheMainContent() {
		driver.get(url("/safety"));
		driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement skip = driver.switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("Skip to main content");
		skip.sendKeys(Keys.ENTER);
		assertThat(driver.getCurrentUrl()).endsWith("#main");
	}

}
