package org.baclofen.reference.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

/**
 * Every entity a revision records as changed is a class that exists: the recent-changes
 * page finds an entry's kind by that name, so a moved entity class must take its recorded
 * name with it (V19).
 */
@ReferenceAppTest
class RecordedEntityNamesTest {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyRecordedEntityNameIsAnExistingClass() {
		List<String> names = this.jdbc.sql("select distinct entity_name from audit_revision_entity")
			.query(String.class)
			.list();
		assertThat(names).contains("org.baclofen.reference.content.Source")
			.allSatisfy((name) -> assertThat(ClassUtils.isPresent(name, null)).as(name).isTrue());
	}

}
