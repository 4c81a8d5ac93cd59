package org.baclofen.reference.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.baclofen.reference.content.Source;
import org.baclofen.reference.content.SourceKind;
import org.baclofen.reference.content.SourceRepository;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.search.CatalogueEntry;
import org.baclofen.reference.search.ContentCatalogue;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class SourceAdmin extends ContentAdmin<Source, SourceForm> {

	private final SourceRepository sources;

	private final ContentCatalogue catalogue;

	private final SourceReferences references;

	SourceAdmin(SourceRepository sources, ContentCatalogue catalogue, SourceReferences references) {
		super("sources", Source.class, sources, SourceForm::new, SourceForm::of);
		this.sources = sources;
		this.catalogue = catalogue;
		this.references = references;
	}

	@Override
	public List<Source> findAll() {
		return this.sources.findAllWithAddressesBy().stream().sorted().toList();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("sourceKinds", SourceKind.values());
	}

	@Override
	public Source create(SourceForm form, LocalDate reviewedOn) {
		Source source = new Source(form.getCode(), form.getTitle(), form.getKind(), reviewedOn);
		apply(form, source);
		return source;
	}

	@Override
	public void apply(SourceForm form, Source source) {
		source.describe(form.getTitle(), form.getKind(), form.getNote(), form.getReadVia(), form.addressList());
	}

	@Override
	public void validate(SourceForm form, Source existing, Errors errors) {
		if (existing == null && form.getCode() != null && this.sources.existsByCode(form.getCode())) {
			errors.rejectValue("code", "admin.source.code.taken");
		}
		if (existing != null && !existing.getCode().equals(form.getCode())) {
			errors.rejectValue("code", "admin.source.code.fixed");
		}
		if (form.addressList()
			.stream()
			.anyMatch((address) -> address.length() > 2000 || !address.matches("https?://\\S+"))) {
			errors.rejectValue("addresses", "admin.source.addresses.invalid");
		}
	}

	/**
	 * A source that content still cites cannot go: the facts would lose their source. Nor
	 * can one that other stored data still names.
	 */
	@Override
	public Optional<MessageSourceResolvable> deletionBlocker(Source source) {
		List<CatalogueEntry> citing = this.catalogue.citationsBySource().getOrDefault(source.getId(), List.of());
		if (!citing.isEmpty()) {
			return Optional
				.of(reason("admin.source.stillCited", source.getCode(), citing.size(), citing.get(0).title()));
		}
		if (this.references.countOutsideCitations(source.getId()) > 0) {
			return Optional.of(reason("admin.delete.stillReferenced"));
		}
		return Optional.empty();
	}

}
