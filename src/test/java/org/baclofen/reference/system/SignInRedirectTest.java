package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page remembered before sign-in was addressed with whatever Host header the request
 * carried; after sign-in only its path and query are followed, and never a path another
 * site could hide in (a doubled slash stays a path on this site).
 */
class SignInRedirectTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			http://evil.example/admin/drug/3?x=1 | /admin/drug/3?x=1
			https://localhost:8443/admin         | /admin
			http://localhost//evil.example/x     | /evil.example/x
			http://localhost/\\\\evil.example     | /admin
			/admin/accounts                      | /admin/accounts
			javascript:alert(1)                  | /admin
			""")
	void onlyAPathOnThisSiteIsFollowed(String remembered, String redirect) {
		assertThat(SecurityConfiguration.pathOf(remembered)).isEqualTo(redirect);
	}

}
