package org.baclofen.reference.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.hibernate.envers.Audited;

/**
 * A publication the content cites, known by its short code (S1, S2, …) and read at one or
 * more addresses.
 */
@Entity
@Audited
public class Source extends ReviewedContent implements Comparable<Source> {

	/**
	 * S, up to four digits and an optional letter (S1, S1b, S23): a source a reader can
	 * look up, nothing else.
	 */
	public static final String CODE_FORMAT = "S\\d{1,4}[a-z]?";

	private static final Pattern CODE = Pattern.compile(CODE_FORMAT);

	private static final Pattern NUMBERED = Pattern.compile("S(\\d{1,4})([a-z]?)");

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SourceKind kind;

	private String note;

	/**
	 * Whose copy the text was read from, where not the publisher's: editor-only
	 * provenance, never shown to readers.
	 */
	@Column(name = "read_via")
	private String readVia;

	@ElementCollection
	@CollectionTable(name = "source_address", joinColumns = @JoinColumn(name = "source_id"))
	@OrderColumn(name = "position")
	@Column(name = "url")
	private List<String> addresses = new ArrayList<>();

	protected Source() {
	}

	public Source(String code, String title, SourceKind kind, LocalDate lastReviewed) {
		super(lastReviewed);
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A source code looks like S12 or S12b, not " + code);
		}
		this.code = code;
		this.title = title;
		this.kind = kind;
	}

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return this.title;
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public String getNote() {
		return this.note;
	}

	public String getReadVia() {
		return this.readVia;
	}

	/**
	 * Changes what the source is; its code (how content cites it) stays fixed once
	 * created.
	 */
	public void describe(String title, SourceKind kind, String note, String readVia, List<String> addresses) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A source needs a title");
		}
		this.title = title.strip();
		this.kind = kind;
		this.note = blankToNull(note);
		this.readVia = blankToNull(readVia);
		this.addresses.clear();
		addresses.stream().map(String::strip).filter((address) -> !address.isEmpty()).forEach(this.addresses::add);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public List<String> getAddresses() {
		return List.copyOf(this.addresses);
	}

	/**
	 * The fragment id of this source on the sources page, so citations can link to it.
	 */
	public String getAnchor() {
		return "source-" + this.code;
	}

	/**
	 * Orders by number first, so S2 comes before S10 and S1b after S1. Reads codes
	 * through the getter, since the other source may be a lazy proxy whose fields are not
	 * loaded.
	 */
	@Override
	public int compareTo(Source other) {
		String mine = getCode();
		String theirs = other.getCode();
		Matcher myNumber = NUMBERED.matcher(mine);
		Matcher theirNumber = NUMBERED.matcher(theirs);
		if (myNumber.matches() && theirNumber.matches()) {
			int byNumber = Integer.compare(Integer.parseInt(myNumber.group(1)), Integer.parseInt(theirNumber.group(1)));
			return (byNumber != 0) ? byNumber : myNumber.group(2).compareTo(theirNumber.group(2));
		}
		return mine.compareTo(theirs);
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof Source source && getCode().equals(source.getCode()));
	}

	@Override
	public int hashCode() {
		return getCode().hashCode();
	}

	@Override
	public String displayTitle() {
		return getCode() + " " + getTitle();
	}

	@Override
	public String publicLink() {
		return "/sources#" + getAnchor();
	}

}
