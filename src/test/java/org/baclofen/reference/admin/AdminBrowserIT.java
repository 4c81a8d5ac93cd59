package org.baclofen.reference.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.baclofen.reference.account.Account;
import org.baclofen.reference.account.AccountRepository;
import org.baclofen.reference.account.Role;
import org.baclofen.reference.system.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor signs in, changes an interaction's management text, sees it on the public page, finds the
 * revision and its diff in the history, and signs out.
 */
class AdminBrowserIT extends BrowserTest {

	private static final String USERNAME = "browser-editor";

	private static final String PASSWORD = "a-long-browser-test-password";

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@BeforeEach
	void editorAccount() {
		if (!this.accounts.existsByUsername(USERNAME)) {
			this.accounts.save(new Account(USERNAME, this.passwordEncoder.encode(PASSWORD), Role.EDITOR, Instant.now()));
		}
	}

	@Test
	void anEditorEditsAnInteractionAndFindsTheChangeInItsHistory() {
		driver.get(url("/admin/interactions"));
		assertThat(driver.getCurrentUrl()).endsWith("/login");
		driver.findElement(By.id("username")).sendKeys(USERNAME);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitForUrlContaining("/admin/interactions");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Interactions");
		assertThat(accessibilityViolations()).isEmpty();

		driver.findElement(By.linkText("Lithium")).click();
		assertThat(accessibilityViolations()).isEmpty();
		String advice = "Check lithium levels and watch for hyperkinetic symptoms (browser test " + Instant.now() + ").";
		WebElement management = driver.findElement(By.id("management"));
		management.clear();
		management.sendKeys(advice);
		driver.findElement(By.cssSelector("button.button--primary")).click();
		assertThat(driver.findElement(By.cssSelector("main [role=status]")).getText()).isEqualTo("Saved.");

		driver.get(url("/interactions"));
		assertThat(driver.findElement(By.id("lithium")).getText()).contains(advice);

		driver.get(url("/admin/interactions"));
		driver.findElement(By.xpath("//tr[th/a[text()='Lithium']]//a[text()='History']")).click();
		waitForUrlContaining("/history");
		WebElement latest = driver.findElements(By.cssSelector("article.revision")).get(0);
		assertThat(latest.getText()).contains("by " + USERNAME).contains("Management").contains(advice);
		assertThat(accessibilityViolations()).isEmpty();

		driver.findElement(By.cssSelector(".account-bar button")).click();
		waitForUrlContaining("/login?signedOut");
		driver.get(url("/admin"));
		assertThat(driver.getCurrentUrl()).endsWith("/login");
	}

}
