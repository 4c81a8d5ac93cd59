package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.baclofen.reference.kind.ContentForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every kind's form survives the format drafts are stored in, for every item shipped and
 * for an empty form; and the fields of each form version are recorded, so a field
 * renamed, removed or retyped without raising the kind's {@code formVersion()} fails here
 * instead of making every pending draft that holds it unreadable.
 */
@ReferenceAppTest
@Transactional(readOnly = true)
class DraftStorageTest {

	/** The recorded shapes: one line per kind, "path vN: field:Type, ...". */
	private static final String SHAPES = "/draft-form-shapes.txt";

	@Autowired
	private ContentAdmins admins;

	@Autowired
	private DraftForms forms;

	@Test
	void everyKindsFormRoundTripsThroughTheStoredFormat() {
		for (ContentAdmin<?, ?> admin : this.admins.all()) {
			roundTrips(admin);
		}
	}

	private <E extends EditableContent, F extends ContentForm> void roundTrips(ContentAdmin<E, F> admin) {
		List<F> samples = new ArrayList<>();
		samples.add(admin.newForm());
		admin.findAll().forEach((item) -> samples.add(admin.formOf(item)));
		assertThat(samples).as(admin.path()).hasSizeGreaterThan(1);
		for (F form : samples) {
			StoredForm stored = this.forms.write(admin, form);
			Draft draft = Draft.toCreate(admin.path(), stored, new Signature(1L, "editor1"), Instant.EPOCH);
			assertThat(this.forms.read(admin, draft)).as(admin.path() + " " + stored.json())
				.usingRecursiveComparison()
				.isEqualTo(form);
		}
	}

	/**
	 * A field may be added to a form (an older draft reads it as empty, and publishing
	 * checks it like any other); a field renamed, removed or retyped at the same form
	 * version is what would lose a pending draft's values.
	 */
	@Test
	void noRecordedFieldIsLostWithoutANewFormVersion() throws IOException {
		Map<String, String> recorded = new TreeMap<>();
		try (InputStream in = getClass().getResourceAsStream(SHAPES)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\n")) {
				recorded.put(line.substring(0, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2));
			}
		}
		for (ContentAdmin<?, ?> admin : this.admins.all()) {
			String current = shape(admin);
			String key = current.substring(0, current.indexOf(": "));
			assertThat(recorded).as("%s is recorded in %s (this line: %s)", admin.path(), SHAPES, current)
				.containsKey(key);
			List<String> fields = List.of(current.substring(current.indexOf(": ") + 2).split(", "));
			assertThat(fields)
				.as("%s lost a recorded field: raise its formVersion(), add the upgradeDraft() step, record %s",
						admin.path(), current)
				.containsAll(List.of(recorded.get(key).split(", ")));
		}
	}

	private static String shape(ContentAdmin<?, ?> admin) {
		List<String> fields = new ArrayList<>();
		for (Class<?> type = admin.newForm().getClass(); type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
					fields.add(field.getName() + ":"
							+ field.getGenericType().getTypeName().replaceAll("\\b[a-z][a-z0-9_]*\\.", ""));
				}
			}
		}
		return admin.path() + " v" + admin.formVersion() + ": "
				+ fields.stream().sorted().collect(Collectors.joining(", "));
	}

}
