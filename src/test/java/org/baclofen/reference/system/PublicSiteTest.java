package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;

import org.junit.jupiter.api.Test;

class PublicSiteTest {

	@Test
	void anHttpsAddressIsKeptWithoutItsTrailingSlash() {
		PublicSite site = new PublicSite(URI.create("HTTPS://baclofen.example.org/reference/"));
		assertThat(site.publicBaseUrl()).hasToString("https://baclofen.example.org/reference");
		assertThat(site.link("/changes")).isEqualTo("https://baclofen.example.org/reference/changes");
		assertThat(new PublicSite(URI.create("http://localhost:8183")).link("/changes.atom"))
			.as("plain http on the developer's own machine")
			.isEqualTo("http://localhost:8183/changes.atom");
	}

	@Test
	void anAddressReadersCouldNotTrustIsRefusedAtStartUp() {
		for (String refused : new String[] { "http://baclofen.example.org", "ftp://baclofen.example.org", "/relative",
				"https://baclofen.example.org/?q=1", "https://baclofen.example.org/#top",
				"https://user:secret@baclofen.example.org", "https:///no-host" }) {
			assertThatIllegalArgumentException().as(refused).isThrownBy(() -> new PublicSite(URI.create(refused)));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicSite(null));
	}

}
