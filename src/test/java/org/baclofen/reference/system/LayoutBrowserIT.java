package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.PublicPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * How the pages fit the screen they are read on: the summary within three desktop
 * screens, no sideways scrolling on a phone, a compact header and menu, the dark theme,
 * and the "/" shortcut to search.
 */
class LayoutBrowserIT extends BrowserTest {

	/**
	 * The pages this layout work owns; the tool pages are checked by their own browser
	 * tests.
	 */
	private static final List<String> NARROW_PAGES = List.of("/", "/claims", "/pharmacology", "/dosing/renal",
			"/interactions", "/sources", "/adverse-effects", "/dosing/oral", "/search?q=intrathecal");

	@AfterEach
	void resetEmulation() {
		resetViewportAndTheme();
	}

	/**
	 * Three screens and a half: since the bottom lines (kidney dose, stopped suddenly,
	 * pregnancy, breastfeeding) joined the boxed warning, the dosing glance,
	 * contraindications and interactions, the summary measures about 3.25 screens.
	 */
	@Test
	void theSummaryFitsWithinThreeAndAHalfDesktopScreens() {
		viewport(1280, 800);
		driver.get(url("/"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Baclofen");
		assertThat(script("document.documentElement.scrollHeight")).as("summary height at 1280x800")
			.isLessThanOrEqualTo(3 * 800 + 800 / 2);
	}

	@Test
	void noPageScrollsSidewaysOnAPhone() {
		List<String> overflowing = new ArrayList<>();
		for (int width : new int[] { 320, 390 }) {
			viewport(width, 844);
			for (String path : NARROW_PAGES) {
				driver.get(url(path));
				long scrollWidth = script("document.documentElement.scrollWidth");
				long clientWidth = script("document.documentElement.clientWidth");
				if (scrollWidth > clientWidth) {
					overflowing.add(path + " at " + width + " px: " + scrollWidth + " > " + clientWidth);
				}
			}
		}
		assertThat(overflowing).isEmpty();
	}

	@Test
	void onAPhoneTheHeaderIsSmallAndTheMenuOpensWithoutScript() {
		viewport(390, 844);
		driver.get(url("/interactions"));
		WebElement header = driver.findElement(By.cssSelector(".site-header"));
		assertThat(header.getRect().getHeight()).as("header height on a 390x844 phone")
			.isLessThanOrEqualTo(844 * 15 / 100);
		assertThat(driver.findElement(By.cssSelector(".site-nav")).isDisplayed()).isFalse();
		WebElement menu = driver.findElement(By.cssSelector(".site-menu summary"));
		assertThat(menu.getText()).isEqualTo("Menu");
		assertThat(driver.findElement(By.cssSelector(".site-menu a[href='/claims']")).isDisplayed()).isFalse();
		menu.click();
		WebElement claims = driver.findElement(By.cssSelector(".site-menu a[href='/claims']"));
		assertThat(claims.isDisplayed()).isTrue();
		claims.click();
		waitForUrlContaining("/claims");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Claims checked against the sources");
	}

	@Test
	void onADesktopTheMenuIsABarAndTheCompactMenuIsHidden() {
		viewport(1280, 800);
		driver.get(url("/"));
		assertThat(driver.findElement(By.cssSelector(".site-nav a[href='/claims']")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector(".site-menu")).isDisplayed()).isFalse();
	}

	@Test
	void everyPagePassesAccessibilityChecksOnAPhoneAndInTheDarkTheme() {
		List<String> violations = new ArrayList<>();
		viewport(390, 844);
		for (PublicPage page : PublicPage.ALL) {
			driver.get(url(page.path()));
			violations.addAll(accessibilityViolations());
		}
		viewport(1280, 800);
		darkTheme(true);
		for (PublicPage page : PublicPage.ALL) {
			driver.get(url(page.path()));
			violations.addAll(accessibilityViolations());
		}
		assertThat(violations).as("axe-core WCAG 2.1 A/AA violations at 390 px and in the dark theme").isEmpty();
	}

	@Test
	void theDarkThemeFollowsTheSystemSetting() {
		darkTheme(true);
		driver.get(url("/interactions"));
		String dark = (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor;");
		darkTheme(false);
		driver.get(url("/interactions"));
		String light = (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor;");
		assertThat(light).isEqualTo("rgb(255, 255, 255)");
		assertThat(dark).isNotEqualTo(light);
	}

	@Test
	void slashMovesTheCursorToSearchButTypesASlashInAField() {
		driver.get(url("/safety"));
		driver.findElement(By.tagName("body")).sendKeys("/");
		WebElement box = driver.switchTo().activeElement();
		assertThat(box.getAttribute("id")).isEqualTo("site-search-q");
		assertThat(box.getAttribute("value")).isEmpty();
		box.sendKeys("a/b");
		assertThat(box.getAttribute("value")).isEqualTo("a/b");
		box.sendKeys(Keys.ENTER);
		waitForUrlContaining("/search");
	}

	@Test
	void theRenalCalculatorWorksAsAPlainFormPost() {
		driver.get(url("/dosing/renal"));
		driver.findElement(By.id("ageYears")).sendKeys("60");
		driver.findElement(By.id("weightKg")).sendKeys("70");
		driver.findElement(By.id("serumCreatinine")).sendKeys("1.5");
		driver.findElement(By.cssSelector("input[name=sex][value=FEMALE]")).click();
		driver.findElement(By.cssSelector(".calculator button[type=submit]")).click();
		waitForUrlContaining("#calculator");
		assertThat(driver.findElement(By.cssSelector(".calculator__value")).getText())
			.isEqualTo("Estimated creatinine clearance: 44.1 mL/min");
		assertThat(driver.findElements(By.cssSelector("tr.row--match"))).hasSize(1);
		assertThat(accessibilityViolations()).isEmpty();
	}

}
