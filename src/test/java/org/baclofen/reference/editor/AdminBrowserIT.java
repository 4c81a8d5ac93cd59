package org.baclofen.reference.editor;

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
 * An editor signs in and changes an interaction's management text: it waits for review
 * while the public page keeps the published text. A reviewer signs in, finds the draft in
 * the review queue with its diff, approves it, and the public page shows the change; the
 * history names both people.
 */
class AdminBrowserIT extends BrowserTest {

	private static final String USERNAME = "browser-editor";

	private static final String PASSWORD = "a-long-browser-test-password";

	private static final String REVIEWER = "browser-reviewer";

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@BeforeEach
	void editorAccount() {
		if (!this.accounts.existsByUsername(USERNAME)) {
			this.accounts
				.save(new Account(USERNAME, this.passwordEncoder.encode(PASSWORD), Role.EDITOR, Instant.now()));
		}
		if (!this.accounts.existsByUsername(REVIEWER)) {
			this.accounts
				.save(new Account(REVIEWER, this.passwordEncoder.encode(PASSWORD), Role.REVIEWER, Instant.now()));
		}
	}

	private void signIn(String username) {
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
	}

	private void signOut() {
		driver.findElement(By.cssSelector(".account-bar button")).click();
		waitForUrlContaining("/login?signedOut");
	}

	@Test
	void anEditorsChangeIsPublishedOnceAReviewerApprovesIt() {
		driver.get(url("/admin/interactions"));
		assertThat(driver.getCurrentUrl()).endsWith("/login");
		signIn(USERNAME);
		waitForUrlContaining("/admin/interactions");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Interactions");
		assertThat(accessibilityViolations()).isEmpty();

		driver.findElement(By.linkText("Lithium")).click();
		assertThat(accessibilityViolations()).isEmpty();
		String advice = "Check lithium levels and watch for hyperkinetic symptoms (browser test " + Instant.now()
				+ ").";
		WebElement management = driver.findElement(By.id("management"));
		management.clear();
		management.sendKeys(advice);
		driver.findElement(By.cssSelector("button.button--primary")).click();
		assertThat(driver.findElement(By.cssSelector("main [role=status]")).getText()).startsWith("Sent for review.");
		assertThat(driver.findElement(By.cssSelector(".draft-status")).getText()).contains("waiting for review");

		driver.get(url("/interactions"));
		assertThat(driver.findElement(By.id("lithium")).getText()).doesNotContain(advice);
		driver.get(url("/admin"));
		signOut();

		driver.get(url("/admin/review"));
		signIn(REVIEWER);
		waitForUrlContaining("/admin/review");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Drafts waiting for review");
		assertThat(accessibilityViolations()).isEmpty();
		driver.findElement(By.xpath("//tr[td[text()='" + USERNAME + "']]//a[text()='Lithium']")).click();
		waitForUrlContaining("/admin/review/");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Review: Lithium");
		assertThat(driver.findElement(By.cssSelector("table")).getText()).contains("Management").contains(advice);
		assertThat(accessibilityViolations()).isEmpty();
		driver.findElement(By.xpath("//button[text()='Approve and publish']")).click();
		waitForUrlContaining("/admin/review");
		assertThat(driver.findElement(By.cssSelector("main [role=status]")).getText())
			.isEqualTo("Your decision is recorded.");

		driver.get(url("/interactions"));
		assertThat(driver.findElement(By.id("lithium")).getText()).contains(advice);

		driver.get(url("/admin/interactions"));
		driver.findElement(By.xpath("//tr[th/a[text()='Lithium']]//a[text()='History']")).click();
		waitForUrlContaining("/history");
		WebElement latest = driver.findElements(By.cssSelector("article.revision")).get(0);
		assertThat(latest.getText()).contains("Drafted by " + USERNAME + ", approved by " + REVIEWER)
			.contains("Management")
			.contains(advice);
		assertThat(accessibilityViolations()).isEmpty();

		signOut();
		driver.get(url("/admin"));
		assertThat(driver.getCurrentUrl()).endsWith("/login");
	}

}
