package org.baclofen.reference.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.baclofen.reference.account.Account;
import org.baclofen.reference.account.AccountRepository;
import org.baclofen.reference.account.Role;
import org.baclofen.reference.system.BrowserTest;
import org.baclofen.reference.system.HtmlValidator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The pages this feature adds, as a browser shows them: the public change logs pass axe
 * and the Nu checker; the sign-in boxes are equally wide; a one-time password leads to
 * the change form; the source picker's filter narrows the list but never hides a ticked
 * source.
 */
class ChangesBrowserIT extends BrowserTest {

	private static final List<String> NEW_PUBLIC_PAGES = List.of("/changes", "/changes/interactions/1",
			"/changes/renal-bands/2", "/login");

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void theNewPublicPagesAreAccessibleAndValid() throws Exception {
		Path folder = Files.createTempDirectory("baclofen-changes-html");
		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < NEW_PUBLIC_PAGES.size(); i++) {
			String page = NEW_PUBLIC_PAGES.get(i);
			driver.get(url(page));
			assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).as(page).isTrue();
			assertThat(accessibilityViolations()).as(page).isEmpty();
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(page))).build(),
					HttpResponse.BodyHandlers.ofString());
			Files.writeString(folder.resolve("page-" + i + ".html"), response.body());
		}
		assertThat(HtmlValidator.errors(folder)).as("Nu HTML Checker errors").isEmpty();
	}

	@Test
	void theUsernameAndPasswordBoxesAreEquallyWideOnDesktopAndPhone() {
		try {
			for (int width : new int[] { 1280, 390 }) {
				driver.manage().window().setSize(new Dimension(width, 900));
				driver.get(url("/login"));
				int username = driver.findElement(By.id("username")).getRect().getWidth();
				int password = driver.findElement(By.id("password")).getRect().getWidth();
				assertThat(password).as("at %d px", width).isEqualTo(username).isGreaterThan(100);
			}
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	@Test
	void aOneTimePasswordLeadsToTheChangeFormThenTheSourceFilterWorks() {
		String username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		Account account = new Account(username, this.passwordEncoder.encode("handed-over-password"), Role.EDITOR,
				Instant.now());
		account.setOneTimePassword(account.getPasswordHash());
		this.accounts.save(account);

		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("handed-over-password");
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitForUrlContaining("/admin/password");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Change your password");
		assertThat(accessibilityViolations()).isEmpty();
		driver.findElement(By.id("currentPassword")).sendKeys("handed-over-password");
		driver.findElement(By.id("newPassword")).sendKeys("my-own-passphrase");
		driver.findElement(By.id("repeatPassword")).sendKeys("my-own-passphrase");
		driver.findElement(By.cssSelector("button.button--primary")).click();
		waitForUrlContaining("/admin");
		assertThat(driver.findElement(By.cssSelector("main [role=status]")).getText())
			.startsWith("Your password is changed.");

		driver.get(url("/admin/due"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Due for review");
		assertThat(accessibilityViolations()).isEmpty();

		driver.get(url("/admin/interactions/1"));
		assertThat(driver.findElements(By.cssSelector("#sources-list label")).stream().filter(WebElement::isDisplayed))
			.as("before filtering, every source")
			.hasSizeGreaterThan(60);
		WebElement filter = driver.findElement(By.id("source-filter"));
		assertThat(filter.isDisplayed()).as("the script shows the filter box").isTrue();
		filter.sendKeys("S23 ");
		List<WebElement> shown = driver.findElements(By.cssSelector("#sources-list label"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList();
		assertThat(shown).extracting(WebElement::getText).anyMatch((text) -> text.startsWith("S23 "));
		assertThat(shown).allMatch(
				(label) -> label.getText().startsWith("S23 ") || label.findElement(By.tagName("input")).isSelected());
		assertThat(shown).filteredOn((label) -> label.findElement(By.tagName("input")).isSelected()).hasSize(6);
		assertThat(accessibilityViolations()).isEmpty();
	}

}
