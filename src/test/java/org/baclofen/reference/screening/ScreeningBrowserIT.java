package org.baclofen.reference.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.baclofen.reference.system.BrowserTest;
import org.baclofen.reference.system.HtmlValidator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clinician uses the check page in a real browser, without any script: paste a list,
 * tick a condition, submit, read the results. Form and results must pass axe-core's WCAG
 * 2.1 A/AA rules and the Nu HTML Checker.
 */
class ScreeningBrowserIT extends BrowserTest {

	@Test
	void aClinicianPastesAListTicksAConditionAndReadsEveryWarning() {
		driver.get(url("/check"));
		assertNoAccessibilityViolations("the empty form");

		driver.findElement(By.id("medications")).sendKeys("oxycodone 5 mg q6h\nXanax; unobtainium\ntizanidine");
		driver.findElement(By.xpath("//label[normalize-space()='Epilepsy or seizure disorder']")).click();
		driver.findElement(By.cssSelector("form.check-form button[type=submit]")).click();
		waitFor(By.id("result"));

		assertThat(driver.getCurrentUrl()).endsWith("/check#result");
		assertThat(driver.findElement(By.cssSelector("#result [role=status]")).getText())
			.isEqualTo("Checked 4 medicines and 1 condition: 4 Major, 1 not matched; 1 condition warning.");
		assertThat(driver.findElements(By.cssSelector("#result article.interaction h4")))
			.extracting(WebElement::getText)
			.containsExactly("Opioids", "Benzodiazepines",
					"Other CNS depressants (sedatives, hypnotics, anxiolytics, sedating muscle relaxants)",
					"Tizanidine");
		assertThat(driver.findElement(By.id("severity-major")).getText()).isEqualTo("Major (4)");
		assertThat(driver.findElement(By.cssSelector("#result article.interaction")).getText())
			.contains("oxycodone 5 mg q6h", "Effect", "Management", "Sources:", "S20");
		assertThat(driver.findElement(By.id("condition-epilepsy")).getText()).isEqualTo("Epilepsy or seizure disorder");
		assertThat(driver.findElement(By.cssSelector("#result article.safety-item")).getText())
			.contains("Seizure control may deteriorate", "Sources:");
		assertThat(driver.findElements(By.cssSelector(".unmatched li"))).extracting(WebElement::getText)
			.containsExactly("No baclofen interaction on record for unobtainium — this does not mean none exists.");
		// The form still holds the list, ready to adjust and check again.
		assertThat(driver.findElement(By.id("medications")).getDomProperty("value"))
			.isEqualTo("oxycodone 5 mg q6h\nXanax; unobtainium\ntizanidine");
		assertThat(driver.findElement(By.cssSelector("input[value=EPILEPSY]")).isSelected()).isTrue();
		assertNoAccessibilityViolations("the results");

		driver.findElement(By.linkText("Full entry: Opioids")).click();
		assertThat(driver.getCurrentUrl()).endsWith("/interactions#opioids");
	}

	@Test
	void aTypoGetsASuggestionAndBaclofenItselfIsDuplicateTherapy() {
		driver.get(url("/check"));
		driver.findElement(By.id("medications")).sendKeys("oxycodon\nLioresal 10 mg tablets\ntramadol 50 mg");
		driver.findElement(By.cssSelector("form.check-form button[type=submit]")).click();
		waitFor(By.id("result"));

		assertThat(driver.findElement(By.cssSelector("#result [role=status]")).getText())
			.isEqualTo("Checked 3 medicines and no conditions: 1 Major, 1 not matched, 1 entry is baclofen itself.");
		assertThat(driver.findElement(By.cssSelector(".unmatched .did-you-mean")).getText())
			.isEqualTo("Did you mean oxycodone?");
		assertThat(driver.findElements(By.cssSelector(".duplicates li"))).extracting(WebElement::getText)
			.containsExactly("Lioresal 10 mg tablets is baclofen (as Lioresal).");
		assertThat(driver.findElement(By.cssSelector("#result article.interaction")).getText())
			.contains("tramadol 50 mg", "Also applies: Concomitant opioids");
		assertNoAccessibilityViolations("suggestions and duplicate therapy");

		driver.findElement(By.xpath("//button[normalize-space()='Check again with oxycodone']")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#result [role=status]"), "Checked 3 medicines"));
		assertThat(driver.findElement(By.cssSelector("#result [role=status]")).getText())
			.isEqualTo("Checked 3 medicines and no conditions: 1 Major, 1 entry is baclofen itself.");
		assertThat(driver.findElement(By.cssSelector("#result .check-results__inputs")).getText())
			.isEqualTo("From the list: oxycodone; tramadol 50 mg (as tramadol)");
		assertThat(driver.findElement(By.id("medications")).getDomProperty("value"))
			.isEqualTo("oxycodone\nLioresal 10 mg tablets\ntramadol 50 mg");
	}

	@Test
	void tooLongAListIsExplainedOnTheFormAndKept() {
		driver.get(url("/check"));
		String list = IntStream.range(0, 31).mapToObj((i) -> "drug" + i).collect(Collectors.joining(", "));
		driver.findElement(By.id("medications")).sendKeys(list);
		driver.findElement(By.cssSelector("form.check-form button[type=submit]")).click();
		waitFor(By.id("medications-errors"));

		assertThat(driver.findElement(By.id("medications-errors")).getText())
			.isEqualTo("The list has more than 30 entries; check at most 30 medicines at a time.");
		assertThat(driver.findElement(By.id("medications")).getDomProperty("value")).isEqualTo(list);
		assertThat(driver.findElement(By.id("medications")).getDomAttribute("aria-describedby"))
			.contains("medications-errors");
		assertThat(driver.findElements(By.id("result"))).isEmpty();
		assertNoAccessibilityViolations("the form with errors");
	}

	@Test
	void formResultsAndErrorsAreValidHtml() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String form = http
			.send(HttpRequest.newBuilder(URI.create(url("/check"))).build(), HttpResponse.BodyHandlers.ofString())
			.body();

		Path folder = Files.createTempDirectory("baclofen-check-html");
		Files.writeString(folder.resolve("form.html"), form);
		Files.writeString(folder.resolve("results.html"), post(http,
				"medications=oxycodone+5+mg%0AXanax%0Aunobtainium%0Aoxycodon%0ALioresal+10+mg&conditions=EPILEPSY"
						+ "&conditions=PEPTIC_ULCER&conditions=INTRATHECAL_PUMP&conditions=CHILD_OR_ADOLESCENT"));
		Files.writeString(folder.resolve("errors.html"), post(http,
				"medications=" + URLEncoder.encode("x".repeat(201), StandardCharsets.UTF_8) + "&conditions=GOUT"));
		assertThat(Files.readString(folder.resolve("results.html"))).contains("No baclofen interaction on record",
				"Did you mean oxycodone?", "Baclofen already on the list: duplicate therapy",
				"Also applies: Concomitant opioids", "Children and adolescents");
		assertThat(Files.readString(folder.resolve("errors.html"))).contains("is longer than 200 characters");
		assertThat(HtmlValidator.errors(folder)).as("Nu HTML Checker errors").isEmpty();
	}

	/** The check needs no CSRF token: it stores nothing (see SecurityConfiguration). */
	private String post(HttpClient http, String form) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create(url("/check")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	/** The form is posted by the browser; wait for the answer before reading it. */
	private static void waitFor(By locator) {
		try {
			new WebDriverWait(driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(locator));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("No " + locator + " on " + driver.getCurrentUrl() + ":\n" + driver.getPageSource(),
					ex);
		}
	}

	private static void assertNoAccessibilityViolations(String what) {
		assertThat(accessibilityViolations()).as("axe-core WCAG 2.1 A/AA violations on %s", what).isEmpty();
	}

}
