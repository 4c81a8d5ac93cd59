package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.PublicPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives headless Chromium through every public page: each must pass axe-core's WCAG 2.1
 * A/AA rules and the Nu HTML Checker with no errors, and the search must work as a
 * visitor uses it.
 */
class BrowserIT extends BrowserTest {

	@Test
	void everyPageHasNoAccessibilityViolations() {
		List<String> violations = new ArrayList<>();
		for (PublicPage page : PublicPage.ALL) {
			driver.get(url(page.path()));
			assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).as("h1 on %s", page).isTrue();
			violations.addAll(accessibilityViolations());
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
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("tramadol"));
		assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=results-interaction] mark")))
			.extracting(WebElement::getText)
			.contains("tramadol");
		driver.findElement(By.cssSelector("section[aria-labelledby=results-interaction] a")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlContains("/interactions#opioids"));
		WebElement names = driver.findElement(By.cssSelector("#opioids details.members-list"));
		assertThat(names.getText()).startsWith("Includes").doesNotContain("tramadol");
		names.findElement(By.tagName("summary")).click();
		assertThat(names.getText()).contains("tramadol");
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
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("#main"));
	}

}
