package org.baclofen.reference.titration;

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

import org.baclofen.reference.system.BrowserTest;
import org.baclofen.reference.system.HtmlValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A pharmacist enters a plan row by row in a real browser, adds a row, checks it and
 * reads the findings; the checker and the renal page on a phone; a plan's patient handout
 * as the pharmacist prints it.
 */
class TitrationBrowserIT extends BrowserTest {

	@AfterEach
	void resetEmulation() {
		resetViewportAndTheme();
	}

	private static void waitFor(By locator) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	/** Every Remove button shows whole within the window. */
	private static void assertRemoveButtonsFit(int width) {
		List<WebElement> buttons = driver.findElements(By.name("removeRow"));
		assertThat(buttons).isNotEmpty();
		for (WebElement button : buttons) {
			assertThat(button.isDisplayed()).isTrue();
			assertThat(button.getRect().getX() + button.getRect().getWidth()).as("%s at %d px", button.getText(), width)
				.isLessThanOrEqualTo(width);
		}
	}

	private static void fillRow(int index, String days, String doseMg, String timesPerDay) {
		type("steps" + index + ".days", days);
		type("steps" + index + ".doseMg", doseMg);
		type("steps" + index + ".timesPerDay", timesPerDay);
	}

	private static void type(String id, String value) {
		WebElement input = driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(value);
	}

	private static List<WebElement> rows() {
		return driver.findElements(By.cssSelector("tr.step-row"));
	}

	@Test
	void aPharmacistAddsRowsChecksThePlanAndReadsTheFindings() {
		driver.get(url("/titration/check"));
		assertThat(rows()).hasSize(3);
		fillRow(0, "3", "5", "3");
		fillRow(1, "3", "10", "3");
		fillRow(2, "3", "20", "3");

		driver.findElement(By.name("addRow")).click();
		assertThat(rows()).hasSize(4);
		assertThat(driver.findElement(By.id("steps2.doseMg")).getAttribute("value")).isEqualTo("20");
		fillRow(3, "1", "0", "0");
		driver.findElement(By.cssSelector("button.button--primary")).click();

		assertThat(driver.findElement(By.cssSelector(".verdict")).getText()).contains("Verdict: ALERT");
		List<WebElement> resultRows = driver.findElements(By.cssSelector(".check-result tbody tr"));
		assertThat(resultRows).hasSize(4);
		assertThat(resultRows.get(0).getText()).contains("No findings");
		assertThat(resultRows.get(2).getText()).contains("Caution · STEP_SIZE").contains("raises each dose by 10 mg");
		assertThat(resultRows.get(3).getText()).contains("Alert · ABRUPT_STOP");

		assertThat(accessibilityViolations()).isEmpty();
	}

	@Test
	void aRowCanBeRemovedAndBadInputIsExplainedInPlace() {
		driver.get(url("/titration/check"));
		fillRow(0, "3", "5", "3");
		fillRow(1, "three", "5", "3");
		driver.findElement(By.xpath("//button[text()='Remove step 3']")).click();
		assertThat(rows()).hasSize(2);

		driver.findElement(By.cssSelector("button.button--primary")).click();
		assertThat(driver.findElement(By.id("steps1.days-error")).getText()).isEqualTo("Enter a whole number.");
		assertThat(driver.findElement(By.id("steps1.days")).getAttribute("value")).isEqualTo("three");
		assertThat(driver.findElements(By.cssSelector(".verdict"))).isEmpty();
	}

	@Test
	void onAPhoneTheCheckersStepsRemoveButtonsAndResultsFitWithoutScrollingSideways() {
		List<String> problems = new ArrayList<>();
		for (int width : new int[] { 320, 390 }) {
			viewport(width, 844);
			driver.get(url("/titration/check"));
			assertRemoveButtonsFit(width);
			fillRow(0, "3", "5", "3");
			fillRow(1, "3", "15", "3");
			fillRow(2, "1", "0", "0");
			if (scrollsSideways()) {
				problems.add("the form at " + width + " px");
			}
			driver.findElement(By.cssSelector("button.button--primary")).click();
			waitFor(By.cssSelector(".verdict"));
			assertRemoveButtonsFit(width);
			if (scrollsSideways()) {
				problems.add("the results at " + width + " px");
			}
			assertThat(driver.findElement(By.cssSelector(".check-result")).getText()).contains("Step 2", "STEP_SIZE");
		}
		assertThat(problems).as("pages wider than a phone").isEmpty();
		viewport(390, 844);
		assertThat(accessibilityViolations()).as("the results at 390 px").isEmpty();
		darkTheme(true);
		assertThat(accessibilityViolations()).as("the results in the dark theme").isEmpty();
	}

	@Test
	void onAPhoneTheRenalPageAndItsCalculatorFitWithoutScrollingSideways() {
		for (int width : new int[] { 320, 390 }) {
			viewport(width, 844);
			driver.get(url("/dosing/renal"));
			assertThat(scrollsSideways()).as("the renal page at %d px", width).isFalse();
			driver.findElement(By.id("ageYears")).sendKeys("80");
			driver.findElement(By.id("weightKg")).sendKeys("60");
			driver.findElement(By.id("serumCreatinine")).sendKeys("1.5");
			driver.findElement(By.cssSelector("input[name=sex][value=FEMALE]")).click();
			driver.findElement(By.cssSelector(".calculator button[type=submit]")).click();
			waitFor(By.cssSelector(".calculator__value"));
			assertThat(scrollsSideways()).as("the renal page with its estimate at %d px", width).isFalse();
		}
	}

	@Test
	void aPharmacistPrintsTheHandoutOfARenalPlanAndNoKidneyInputReachesTheAddress() {
		driver.get(url("/titration/plan"));
		driver.findElement(By.id("crclMlPerMin")).sendKeys("20");
		driver.findElement(By.cssSelector("form.form button.button--primary")).click();
		waitFor(By.id("plan-heading"));
		assertThat(driver.getCurrentUrl()).doesNotContain("crcl");
		assertThat(driver.findElement(By.cssSelector(".plan-target")).getText()).contains("for a CrCl of 20 mL/min");
		driver.findElement(By.cssSelector("button[formaction='/titration/plan/handout']")).click();
		waitFor(By.cssSelector(".handout-sheet"));
		assertThat(driver.getCurrentUrl()).endsWith("/titration/plan/handout");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your baclofen schedule");
		String sheet = driver.findElement(By.cssSelector(".handout-sheet")).getText();
		assertThat(sheet).contains("Name:", "Prescriber:", "Pharmacy phone:", "Do not stop taking baclofen all at once")
			.doesNotContain("CrCl", "mL/min", "%");
		assertThat(driver.findElements(By.cssSelector(".days tbody tr .box"))).isNotEmpty();
		assertThat(accessibilityViolations()).as("the handout").isEmpty();
		viewport(320, 844);
		assertThat(scrollsSideways()).as("the handout at 320 px").isFalse();
		darkTheme(true);
		assertThat(accessibilityViolations()).as("the handout at 320 px in the dark theme").isEmpty();
	}

	/** The tool pages as they are posted, and the handouts, are valid HTML. */
	@Test
	void postedPlansChecksAndHandoutsAreValidHtml() throws Exception {
		Path folder = Files.createTempDirectory("baclofen-tools-html");
		Files.writeString(folder.resolve("plan.html"), post("/titration/plan", "start=2026-12-01&crclMlPerMin=20"));
		Files.writeString(folder.resolve("handout.html"),
				post("/titration/plan/handout", "start=2026-12-01&crclMlPerMin=20&paper=A4"));
		Files.writeString(folder.resolve("check.html"),
				post("/titration/check",
						"steps%5B0%5D.days=3&steps%5B0%5D.doseMg=5&steps%5B0%5D.timesPerDay=3&steps%5B1%5D.days=3"
								+ "&steps%5B1%5D.doseMg=15&steps%5B1%5D.timesPerDay=3"));
		Files.writeString(folder.resolve("taper-handout.html"), HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(url("/titration/taper/handout?start=2026-12-01&currentDoseMg=20&timesPerDay=3")))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body());
		assertThat(Files.readString(folder.resolve("handout.html"))).contains("<h1>Your baclofen schedule</h1>");
		assertThat(Files.readString(folder.resolve("check.html"))).contains("STEP_SIZE");
		assertThat(HtmlValidator.errors(folder)).as("Nu HTML Checker errors").isEmpty();
	}

	private String post(String path, String form) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
