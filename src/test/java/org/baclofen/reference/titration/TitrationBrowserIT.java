package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.baclofen.reference.system.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A pharmacist enters a plan row by row in a real browser, adds a row, checks it and reads the findings.
 */
class TitrationBrowserIT extends BrowserTest {

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
		assertThat(driver.findElement(By.id("steps1.days-error")).getText()).isEqualTo("Enter a whole number");
		assertThat(driver.findElement(By.id("steps1.days")).getAttribute("value")).isEqualTo("three");
		assertThat(driver.findElements(By.cssSelector(".verdict"))).isEmpty();
	}

}
