package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.baclofen.reference.kind.ContentForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deletion is refused before it is drafted by its kind's own queries
 * ({@code deletionBlocker}), never by trying it. This checks those queries against the
 * database: every item of every kind they let go really can be deleted (each in a
 * transaction this test rolls back), so no drafted deletion meets a reference the queries
 * missed.
 */
@ReferenceAppTest
class ItemDeletionTest {

	@Autowired
	private ContentAdmins admins;

	@Autowired
	private ContentEditing editing;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void everyItemTheBlockersLetGoCanBeDeleted() {
		List<String> missed = new ArrayList<>();
		int tried = 0;
		for (ContentAdmin<?, ?> admin : this.admins.all()) {
			tried += tryDeletions(admin, missed);
		}
		assertThat(tried).isGreaterThan(100);
		assertThat(missed).as("items the database refused to delete although no blocker said why").isEmpty();
	}

	private <E extends EditableContent, F extends ContentForm> int tryDeletions(ContentAdmin<E, F> admin,
			List<String> missed) {
		TransactionTemplate trial = new TransactionTemplate(this.transactions);
		int tried = 0;
		for (E item : admin.findAll()) {
			if (admin.deletionBlocker(item).isPresent()) {
				continue;
			}
			tried++;
			trial.executeWithoutResult((status) -> {
				status.setRollbackOnly();
				try {
					this.editing.delete(admin, item.getId());
				}
				catch (DeleteRefusedException refused) {
					missed.add(admin.path() + " " + item.getId() + " " + admin.titleOf(item));
				}
			});
		}
		return tried;
	}

}
