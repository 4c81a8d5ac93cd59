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
 * for an empty form; and the stored shape of each form is recorded, so a field renamed,
 * removed or retyped without raising the kind's {@code formVersion()} fails here instead
 * of silently emptying that field in every pending draft.
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

	@Test
	void eachFormsStoredShapeMatchesItsVersion() throws IOException {
		String recorded;
		try (InputStream in = getClass().getResourceAsStream(SHAPES)) {
			recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		String current = this.admins.all().stream().map(DraftStorageTest::shape).collect(Collectors.joining("\n"));
		assertThat(current)
			.as("A form's fields changed: raise its kind's formVersion(), add the upgradeDraft() step, record %s",
					SHAPES)
			.isEqualTo(recorded);
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
