package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.indication.IndicationForm;
import org.baclofen.reference.kind.ContentAdmin;
import org.junit.jupiter.api.Test;

/**
 * A draft is read back exactly, upgraded from an older form version by its kind, or
 * refused with a message; never read with a field silently dropped. Plain Java: the
 * stored format needs no Spring.
 */
class DraftFormsTest {

	private static final Signature EDITOR = new Signature(7L, "editor1");

	private final DraftForms forms = new DraftForms();

	/**
	 * The indication form as a kind whose form is at version 2: version 1 called the
	 * summary "abstract".
	 */
	static class RenamedSummary extends ContentAdmin<Indication, IndicationForm> {

		RenamedSummary() {
			super("indications", Indication.class, null, IndicationForm::new, (indication) -> new IndicationForm());
		}

		@Override
		public int formVersion() {
			return 2;
		}

		@Override
		public boolean upgradeDraft(int fromVersion, Map<String, Object> values) {
			if (fromVersion != 1) {
				return false;
			}
			values.put("summary", values.remove("abstract"));
			return true;
		}

		@Override
		public List<Indication> findAll() {
			return List.of();
		}

		@Override
		public Indication create(IndicationForm form, LocalDate reviewedOn) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void apply(IndicationForm form, Indication entity) {
			throw new UnsupportedOperationException();
		}

	}

	/** The same kind before the rename, with no upgrade steps. */
	static class FirstVersion extends RenamedSummary {

		@Override
		public int formVersion() {
			return 1;
		}

	}

	private static Draft stored(String json, int formVersion) {
		return Draft.toEdit("indications", 3, 2, new StoredForm(json, formVersion), EDITOR, Instant.EPOCH);
	}

	private static IndicationForm filled() {
		IndicationForm form = new IndicationForm();
		form.setName("Spasticity");
		form.setSummary("A summary with \"quotes\" and a line\nbreak.");
		form.setSortOrder(40);
		form.setSourceIds(List.of(3L, 1L));
		form.setVersion(5);
		form.setReviewed(true);
		return form;
	}

	@Test
	void aFormIsReadBackExactlyWithItsFormVersion() {
		RenamedSummary kind = new RenamedSummary();
		StoredForm written = this.forms.write(kind, filled());
		assertThat(written.formVersion()).isEqualTo(2);
		IndicationForm read = this.forms.read(kind, stored(written.json(), written.formVersion()));
		assertThat(read).usingRecursiveComparison().isEqualTo(filled());
	}

	@Test
	void anOlderDraftIsUpgradedByItsKind() {
		IndicationForm read = this.forms.read(new RenamedSummary(),
				stored("{\"name\":\"Spasticity\",\"abstract\":\"Written before the rename.\"}", 1));
		assertThat(read.getSummary()).isEqualTo("Written before the rename.");
		assertThat(read.getName()).isEqualTo("Spasticity");
	}

	@Test
	void anOlderDraftWithNoUpgradeStepIsRefusedWithAMessage() {
		RenamedSummary noStep = new RenamedSummary() {
			@Override
			public boolean upgradeDraft(int fromVersion, Map<String, Object> values) {
				return false;
			}
		};
		assertThatThrownBy(() -> this.forms.read(noStep, stored("{\"abstract\":\"x\"}", 1)))
			.isInstanceOf(DraftUnreadableException.class)
			.hasMessage("review.draft.olderForm")
			.satisfies(
					(refused) -> assertThat(((DraftUnreadableException) refused).getArguments()).containsExactly(1, 2));
	}

	@Test
	void aFieldTheFormNoLongerHasIsRefusedNotDropped() {
		assertThatThrownBy(() -> this.forms.read(new FirstVersion(), stored("{\"abstract\":\"typed text\"}", 1)))
			.isInstanceOf(DraftUnreadableException.class)
			.hasMessage("review.draft.unknownField")
			.satisfies((refused) -> assertThat(((DraftUnreadableException) refused).getArguments())
				.containsExactly("abstract"));
	}

	@Test
	void aDraftFromANewerVersionOfTheSiteIsRefused() {
		assertThatThrownBy(() -> this.forms.read(new FirstVersion(), stored("{}", 2)))
			.isInstanceOf(DraftUnreadableException.class)
			.hasMessage("review.draft.newerForm");
	}

	@Test
	void aValueOfTheWrongTypeIsRefusedNamingWhere() {
		assertThatThrownBy(() -> this.forms.read(new FirstVersion(), stored("{\"sortOrder\":\"first\"}", 1)))
			.isInstanceOf(DraftUnreadableException.class)
			.hasMessage("review.draft.unreadable")
			.satisfies((refused) -> assertThat(((DraftUnreadableException) refused).getArguments()[0].toString())
				.contains("sortOrder"));
	}

}
