package org.baclofen.reference.source;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.content.Source;
import org.baclofen.reference.content.SourceKind;
import org.baclofen.reference.kind.ContentForm;
import org.baclofen.reference.kind.Label;

/**
 * A source as an editor enters it; its addresses are typed one per line.
 */
public class SourceForm extends ContentForm {

	@NotBlank(message = "{admin.required}")
	@Pattern(regexp = "(" + Source.CODE_FORMAT + ")?", message = "{admin.source.code.pattern}")
	@Label("admin.field.code")
	private String code;

	@NotBlank(message = "{admin.required}")
	@Size(max = 300, message = "{admin.size}")
	@Label("admin.field.title")
	private String title;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.sourceKind", values = "source.kind")
	private SourceKind kind;

	@Size(max = 1000, message = "{admin.size}")
	@Label("admin.field.note")
	private String note;

	@Size(max = 1000, message = "{admin.size}")
	@Label(value = "admin.field.readVia", editorOnly = true)
	private String readVia;

	@Size(max = 20000, message = "{admin.size}")
	@Label("admin.field.addresses")
	private String addresses = "";

	static SourceForm of(Source source) {
		SourceForm form = new SourceForm();
		form.setVersion(source.getVersion());
		form.code = source.getCode();
		form.title = source.getTitle();
		form.kind = source.getKind();
		form.note = source.getNote();
		form.readVia = source.getReadVia();
		form.addresses = String.join("\n", source.getAddresses());
		return form;
	}

	List<String> addressList() {
		return (this.addresses == null) ? List.of()
				: Arrays.stream(this.addresses.split("\\R"))
					.map(String::strip)
					.filter((line) -> !line.isEmpty())
					.toList();
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public void setKind(SourceKind kind) {
		this.kind = kind;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getReadVia() {
		return this.readVia;
	}

	public void setReadVia(String readVia) {
		this.readVia = readVia;
	}

	public String getAddresses() {
		return this.addresses;
	}

	public void setAddresses(String addresses) {
		this.addresses = addresses;
	}

}
