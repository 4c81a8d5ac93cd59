package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.baclofen.reference.account.Account;
import org.baclofen.reference.account.AccountRepository;
import org.baclofen.reference.account.Role;
import org.baclofen.reference.system.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An admin reads the CDS Hooks feedback counts on a desktop and a phone, light and dark:
 * the table fits or scrolls inside its own box, and axe finds nothing. Screenshots are
 * kept under target/screenshots for a person to look at.
 */
class CdsFeedbackBrowserIT extends BrowserTest {

	private static final String ADMIN = "browser-feedback-admin";

	private static final String PASSWORD = "a-long-browser-feedback-password";

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private CdsFeedback feedback;

	@Test
	void anAdminReadsTheFeedbackCountsOnAnyScreen() throws IOException {
		if (!this.accounts.existsByUsername(ADMIN)) {
			this.accounts.save(new Account(ADMIN, this.passwordEncoder.encode(PASSWORD), Role.ADMIN, Instant.now()));
		}
		this.feedback.count("baclofen-order-check", CardKind.INTERACTION.name(), "overridden",
				"benefit-outweighs-risk");
		this.feedback.count("baclofen-order-check", CardKind.DOSE.name(), "accepted", "");
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(ADMIN);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitForUrlContaining("/admin");
		Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
		try {
			for (int width : new int[] { 1366, 390 }) {
				for (boolean dark : new boolean[] { false, true }) {
					viewport(width, 900);
					darkTheme(dark);
					driver.get(url("/admin/cds-feedback"));
					assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("CDS Hooks feedback");
					assertThat(driver.findElement(By.tagName("table")).getText()).contains("Interaction")
						.contains("Benefit outweighs the risk for this patient");
					assertThat(scrollsSideways()).as("%d px wide", width).isFalse();
					assertThat(accessibilityViolations()).isEmpty();
					Files.write(screenshots.resolve("cds-feedback-" + width + (dark ? "-dark" : "-light") + ".png"),
							driver.getScreenshotAs(OutputType.BYTES));
				}
			}
		}
		finally {
			resetViewportAndTheme();
		}
	}

}
