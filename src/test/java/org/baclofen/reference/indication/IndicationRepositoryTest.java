package org.baclofen.reference.indication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class IndicationRepositoryTest {

	@Autowired
	private IndicationRepository indications;

	@Test
	void findsBySlugWithItsSources() {
		Indication fibromyalgia = this.indications.findBySlug("fibromyalgia").orElseThrow();
		assertThat(fibromyalgia.getStatus()).isEqualTo(IndicationStatus.OFF_LABEL);
		assertThat(fibromyalgia.getEvidence()).isEqualTo(EvidenceStrength.NO_EVIDENCE);
		assertThat(fibromyalgia.getSources()).extracting("code").contains("S41");
	}

	@Test
	void unknownSlugIsEmpty() {
		assertThat(this.indications.findBySlug("no-such-use")).isEmpty();
	}

	@Test
	void labeledUsesRestOnTheLabel() {
		assertThat(this.indications.findAllByOrderBySortOrderAscNameAsc())
			.filteredOn((indication) -> indication.getStatus() == IndicationStatus.LABELED)
			.isNotEmpty()
			.allSatisfy((indication) -> assertThat(indication.getEvidence()).isEqualTo(EvidenceStrength.LABEL));
	}

}
