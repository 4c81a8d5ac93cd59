package org.baclofen.reference.search;

/**
 * One content item as search and the sources page see it: what it is, what it says and
 * where it is shown.
 */
public record CatalogueEntry(ContentKind kind, long id, String title, String text, String link) {

	CatalogueEntry withMoreText(String more) {
		return new CatalogueEntry(this.kind, this.id, this.title, this.text + " " + more, this.link);
	}

}
